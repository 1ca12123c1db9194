import type { GateSpec } from './gate-pattern';
import { stripIgnorable } from './pivot-template';

/**
 * The letter each letter of `beyond` becomes before the last test, and which every letter class
 * of that test takes (loosePattern). Itself past Latin-1, so no Latin-1 class already holds it.
 */
const STAND_IN = '\u0100';

/**
 * The content script's test of page text (gate-patterns.ts): the sieve first, one small regex
 * that most pages miss and are done with; on a page it hits, the short forms and the fast
 * Latin-1 pattern over the raw text; only on a page that misses them and holds a character of
 * `beyond` (letters past Latin-1, soft hyphens, zero-width characters, combining accents), the
 * same patterns over the text without ignorables, then the fast one loosened, over that text
 * with each letter of `beyond` as one stand-in that every letter class of the pattern takes.
 * That last test is a superset of what the matcher folds (gate.test.ts), at the cost of one pass
 * over the text, on the rare page that gets there; the folding tables stay out of the script
 * every page parses.
 * Each regex is compiled on first use: the first page text tested pays for the sieve alone.
 */
export function createMayMention(spec: GateSpec): (text: string) => boolean {
  // A pack with neither names nor short forms gives nothing to look for: every page opens.
  if (spec.fast === null && spec.shorts.length === 0) return () => true;
  const open = [...spec.shorts, ...(spec.fast === null ? [] : [spec.fast])].join('|');
  let sieve: RegExp | null | undefined;
  let opens: RegExp | undefined;
  let beyond: RegExp | undefined;
  let loose: RegExp | undefined;
  return (text) => {
    if (sieve === undefined) sieve = spec.sieve === null ? null : new RegExp(`${spec.sieve}|${spec.beyond}`);
    if (sieve && !sieve.test(text)) return false;
    opens ??= new RegExp(open);
    if (opens.test(text)) return true;
    beyond ??= new RegExp(spec.beyond, 'g');
    beyond.lastIndex = 0;
    if (!beyond.test(text)) return false;
    const stripped = stripIgnorable(text);
    // Short forms are matched as written: on the text without ignorables, before any stand-in.
    if (opens.test(stripped)) return true;
    // Only the names' letters stand for others: the short forms were tested just above.
    if (spec.fast === null) return false;
    loose ??= new RegExp(loosePattern(spec.fast));
    return loose.test(stripped.replace(beyond, STAND_IN));
  };
}

/**
 * The pattern with STAND_IN added to each of its classes. The gate's patterns are built of
 * letter classes, escaped letters and `\W*` (gate-patterns.ts): a class never negated, no
 * bracket escaped.
 */
export function loosePattern(source: string): string {
  return source.replace(/(?<!\\)\[(?!\^)/g, `[${STAND_IN}`);
}
