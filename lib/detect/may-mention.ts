import { fastSource, gatePattern, type GateSpec } from './gate-pattern';
import { stripIgnorable } from './pivot-template';

/**
 * The content script's test of page text (gate-patterns.ts): the short forms and the small
 * Latin-1 pattern over the raw text; only on a page holding letters past Latin-1, soft hyphens,
 * zero-width characters or combining accents, the full pattern, assembled then, over the text
 * without ignorables. Each regex is compiled on first use.
 */
export function createMayMention(spec: GateSpec): (text: string) => boolean {
  let fast: RegExp | null | undefined;
  let full: RegExp | null | undefined;
  const shorts = spec.shorts.length ? new RegExp(spec.shorts.join('|')) : null;
  // What the fast pattern does not cover: letters past Latin-1 that fold to its own, ignorables.
  let beyond: RegExp | undefined;
  const compile = (source: string | null) => (source === null ? null : new RegExp(source));
  return (text) => {
    if (fast === undefined) fast = compile(fastSource(spec));
    if (fast === null && shorts === null) return true;
    if (shorts?.test(text) || fast?.test(text)) return true;
    beyond ??= new RegExp(spec.beyond);
    if (!beyond.test(text)) return false;
    if (full === undefined) full = compile(gatePattern(spec));
    return full !== null && full.test(stripIgnorable(text));
  };
}
