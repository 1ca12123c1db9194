import { gatePattern, type FullPatternParts, type GateSpec } from './gate-pattern';
import { stripIgnorable } from './pivot-template';

/**
 * The content script's test of page text (gate-patterns.ts): the sieve first, one small regex
 * that most pages miss and are done with; on a page it hits, the short forms and the small
 * Latin-1 pattern over the raw text; only on a page holding letters past Latin-1, soft hyphens,
 * zero-width characters or combining accents, the full pattern, assembled then, over the text
 * without ignorables. Each regex is compiled on first use: the first page text tested pays for
 * the sieve alone.
 */
export function createMayMention(spec: GateSpec): (text: string) => boolean {
  // A pack with neither names nor short forms gives nothing to look for: every page opens.
  if (spec.fast === null && spec.shorts.length === 0) return () => true;
  const compile = (source: string | null) => (source === null ? null : new RegExp(source));
  let sieve: RegExp | null | undefined;
  let shorts: RegExp | null | undefined;
  let fast: RegExp | null | undefined;
  // What the fast pattern does not cover: letters past Latin-1 that fold to its own, ignorables.
  let beyond: RegExp | undefined;
  let full: RegExp | null | undefined;
  return (text) => {
    if (sieve === undefined) sieve = compile(spec.sieve);
    if (sieve && !sieve.test(text)) return false;
    if (shorts === undefined) shorts = spec.shorts.length ? compile(spec.shorts.join('|')) : null;
    if (fast === undefined) fast = compile(spec.fast);
    if (shorts?.test(text) || fast?.test(text)) return true;
    beyond ??= new RegExp(spec.beyond);
    if (!beyond.test(text)) return false;
    if (full === undefined) {
      const parts = JSON.parse(spec.full) as FullPatternParts;
      full = compile(gatePattern({ ...parts, shorts: spec.shorts }));
    }
    return full !== null && full.test(stripIgnorable(text));
  };
}
