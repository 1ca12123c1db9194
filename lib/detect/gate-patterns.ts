/**
 * What the content script's gate tests page text with (may-mention.ts), built at build time
 * (wxt.config.ts) so that the script every page runs carries neither the pack nor the folding
 * code. Each pattern is a superset test: wherever the matcher can find an alias, the gate opens.
 */
import { foldString } from '../text/fold';
import { buildPrefilter, SEPARATOR } from './prefilter';

export interface GatePatterns {
  /** buildPrefilter's anchors, for lower-cased text without flags; null lets every page on. */
  anchors: string | null;
  /** Names and phrases as folded, words apart by any separator run, for foldLite's text. */
  names: string | null;
  /** Short forms, in capitals as the matcher takes them, for text without ignorables. */
  shorts: string | null;
}

interface GateAlias {
  text: string;
  kind: string;
}

const APOSTROPHES = "['\\u2018\\u2019\\u201A\\u201B\\u2032\\u02BC]";
const QUOTES = '["\\u201C-\\u201F\\u00AB\\u00BB]';

function escapeChar(c: string): string {
  if (c === "'") return APOSTROPHES;
  if (c === '"') return QUOTES;
  return c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

export function buildGatePatterns(aliases: readonly GateAlias[]): GatePatterns {
  const anchors = buildPrefilter(aliases.map((a) => a.text));
  const names = new Set<string>();
  const shorts = new Set<string>();
  for (const alias of aliases) {
    if (alias.kind === 'short') {
      shorts.add([...alias.text].map(escapeChar).join(''));
      continue;
    }
    const folded = foldString(alias.text);
    if (!folded) continue;
    names.add(
      folded
        .split(' ')
        .map((word) => [...word].map(escapeChar).join(''))
        .join(SEPARATOR),
    );
  }
  return {
    anchors: anchors ? anchors.source : null,
    names: names.size ? [...names].join('|') : null,
    shorts: shorts.size ? [...shorts].join('|') : null,
  };
}
