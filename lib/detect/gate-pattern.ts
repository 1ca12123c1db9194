/**
 * The gate's pattern at run time: the spec built at build time (gate-patterns.ts) assembled into a
 * regex source. Kept apart from the build-time module so the script every page runs imports no
 * folding code (whose module state costs at load).
 */
import { escapeRegExp } from '../text/escape-regexp';

export interface GateSpec {
  /**
   * The regex a page the sieve hits is tested with, written out at build time (it is small): the
   * names' first words in Latin-1 letters of both cases, any run of non-word characters between
   * them, no flags. A page holding a character of `beyond` (a letter past U+00FF that folds to the
   * pattern's, or one folding deletes) is tested again with the full pattern, assembled from the
   * fields below. Written out, not assembled in the gate: assembling it there took about 2 ms
   * (cold code, measured in the page), parsing it takes a fraction of that.
   */
  fast: string | null;
  /**
   * What every page the gate could open for holds: a piece of each name (gate-patterns.ts
   * sieveSource), a short form, or a character of `beyond`. A small regex, tested first: a page
   * it misses (most pages) is done after one quick scan, without compiling `fast`. Null when the
   * names give no pieces: every page is then tested in full.
   */
  sieve: string | null;
  /** A class of every character the full pattern takes and the fast one does not, and the ignorables. */
  beyond: string;
  /**
   * FullPatternParts as JSON, parsed only on a page that needs the full pattern. In the script
   * every page compiles, one string costs far less than the same data as an object literal of
   * dozens of small strings (about 0.5 ms of gate time on a 1,500-word page, measured from
   * outside in two interleaved runs).
   */
  full: string;
  /** Short forms, regex-escaped, in capitals. */
  shorts: string[];
  /** Short forms in either case, in Latin-1 letters: for the reader's pivot, which leaves case to the matcher. */
  latin1Shorts: string[];
}

/** What the full pattern is assembled from (gatePattern). */
export interface FullPatternParts {
  /** Names and phrases, folded (lower case, no accents, one space between words). */
  names: string[];
  /** The class of each folded letter, and the Latin-1 class for a first letter. */
  letters: Record<string, string>;
  leading: Record<string, string>;
  /** What may sit between two words. */
  sep: string;
}

/** The reader's pivot for text holding no character of `beyond`: the fast pattern and the short forms in either case. */
export interface Latin1Pivot {
  source: string;
  beyond: string;
}

/**
 * The Latin-1 pivot (pivot-template.ts choosePivots) from the gate's spec, which the gate hands
 * the reader: the reader's script need not carry the pattern a second time. On text without a
 * character of `beyond` it hits inside every alias the full pivots find (page-scan.test.ts).
 */
export function latin1Pivot(spec: Pick<GateSpec, 'fast' | 'latin1Shorts' | 'beyond'>): Latin1Pivot | null {
  const parts = [...(spec.fast === null ? [] : [spec.fast]), ...spec.latin1Shorts];
  return parts.length ? { source: parts.join('|'), beyond: spec.beyond } : null;
}

type Trie = Map<string, Trie>;
const END = '';

/** The gate's regex source from its spec: the names as a trie, then the short forms. */
export function gatePattern(spec: FullPatternParts & { shorts: readonly string[] }): string | null {
  const root: Trie = new Map();
  for (const name of spec.names) {
    let node = root;
    for (const ch of [...name, END]) {
      if (!node.has(ch)) node.set(ch, new Map());
      node = node.get(ch)!;
    }
  }
  const letter = (ch: string, leading: boolean) =>
    (leading ? spec.leading[ch] : spec.letters[ch]) ?? spec.letters[ch] ?? escapeRegExp(ch);
  const emit = (node: Trie, leading: boolean): string => {
    const alts: string[] = [];
    for (const [ch, next] of node) {
      // A shorter alias ends here: whatever longer ones continue with, the gate has opened.
      if (ch === END) return '';
      alts.push(ch === ' ' ? spec.sep + emit(next, false) : letter(ch, leading) + emit(next, false));
    }
    return alts.length === 1 ? alts[0]! : `(?:${alts.join('|')})`;
  };
  const parts = [...(root.size ? [emit(root, true)] : []), ...spec.shorts];
  return parts.length ? parts.join('|') : null;
}
