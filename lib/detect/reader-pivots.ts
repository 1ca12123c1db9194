/**
 * The reader's pivots as its script carries them (wxt.config.ts): the full template (pivot.ts)
 * and, for text that stays within Latin-1, the light pivot (gate-patterns.ts buildLatin1Pivot).
 * The reader picks between them per text (pivot-template.ts choosePivots).
 */
import { buildLatin1Pivot } from './gate-patterns';
import { buildPivotTemplate, type PivotAlias } from './pivot';
import type { PivotTemplate } from './pivot-template';

export function buildReaderPivots(aliases: readonly PivotAlias[]): PivotTemplate | null {
  const template = buildPivotTemplate(aliases);
  const latin1 = buildLatin1Pivot(aliases);
  return template && (latin1 ? { ...template, latin1 } : template);
}
