import type { GatePatterns } from './gate-patterns';
import { stripIgnorable } from './pivot-template';

/**
 * The text as the matcher folds it, as far as the gate needs: lower case, accents taken off
 * (é is e and a combining mark, which stripIgnorable drops with soft hyphens and zero-width
 * characters). Separators stay as they are: the names pattern takes any run of them.
 */
export function foldLite(text: string, lowerCased = text.toLowerCase()): string {
  return stripIgnorable(lowerCased.normalize('NFD'));
}

/**
 * The content script's test of page text (gate-patterns.ts), cheapest first. Anchors: every
 * alias the detector can find holds one, and their classes list every case variant, so lower-cased
 * text needs neither the i nor the u flag. Most news has one ("remain", "protection", "Mexico"),
 * so where an anchor appears the short forms (in capitals) and the whole names and phrases decide.
 * The names' regex is a tenth of the size of the pivot regex the reader runs, and compiles in a
 * quarter of its time. Each regex is compiled on first need.
 */
export function createMayMention(patterns: GatePatterns): (text: string) => boolean {
  let anchors: RegExp | null = null;
  let shorts: RegExp | null = null;
  let names: RegExp | null = null;
  return (text) => {
    const lower = text.toLowerCase();
    if (patterns.anchors !== null && !(anchors ??= new RegExp(patterns.anchors)).test(lower)) return false;
    if (patterns.shorts !== null && (shorts ??= new RegExp(patterns.shorts)).test(stripIgnorable(text)))
      return true;
    return patterns.names !== null && (names ??= new RegExp(patterns.names)).test(foldLite(text, lower));
  };
}
