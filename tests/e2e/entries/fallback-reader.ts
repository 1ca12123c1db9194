/**
 * The reader's page wiring (entrypoints/reader-core.ts: scanner, highlighter, page watcher) run in
 * a page whose window has no Highlight API, so that the <mark> fallback paints: bundled and
 * injected by highlighter-fallback.e2e.ts.
 */
import { topic } from '../../../data/mpp/topic';
import { createMatcher } from '../../../lib/detect/matcher';
import { choosePivots, type PivotTemplate } from '../../../lib/detect/pivot-template';
import type { Latin1Pivot } from '../../../lib/detect/gate-pattern';
import { watchDom } from '../../../lib/reader/dom-watch';
import { createHighlighter } from '../../../lib/reader/highlighter';
import { PageMentions } from '../../../lib/reader/page-mentions';
import { createPageScanner } from '../../../lib/reader/page-scanner';

export async function start(pivotTemplate: PivotTemplate, latin1: Latin1Pivot | null) {
  Object.defineProperty(window, 'Highlight', { value: undefined, configurable: true });
  let quiet = <T>(change: () => T): T => change();
  const highlighter = createHighlighter(
    document,
    { 'mpp-mention': 'background: yellow' },
    { domWrite: (change) => quiet(change) },
  );
  const mentions = new PageMentions(
    document,
    createPageScanner(
      createMatcher([topic]),
      choosePivots(() => pivotTemplate, latin1),
    ),
    highlighter,
  );
  const stats = { batches: 0, native: highlighter.native };
  const watch = watchDom(
    document,
    {
      ignore: () => false,
      onBatch: (roots) => {
        stats.batches++;
        mentions.scanRoots(roots);
      },
      onFlood: () => void mentions.scanAll(),
    },
    new AbortController().signal,
  );
  quiet = watch.quiet;
  await mentions.scanAll();
  return stats;
}
