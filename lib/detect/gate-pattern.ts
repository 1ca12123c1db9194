/**
 * The gate's spec at run time: what the script every page runs tests page text with
 * (may-mention.ts), built at build time (gate-patterns.ts). Kept apart from the build-time module
 * so that script imports no folding code (whose module state costs at load).
 */

export interface GateSpec {
  /**
   * The regex a page the sieve hits is tested with, written out at build time (it is small): the
   * names' first words in Latin-1 letters of both cases, any run of non-word characters between
   * them, no flags. A page holding a character of `beyond` and no hit is tested once more, on its
   * text with ignorables removed and each letter of `beyond` standing for any letter
   * (may-mention.ts).
   */
  fast: string | null;
  /**
   * What every page the gate could open for holds, but for a character of `beyond` (which the gate
   * adds at run time rather than carry the class twice): a piece of each name (gate-patterns.ts
   * sieveSource) or a short form. A small regex, tested first: a page it misses (most pages) is
   * done after one quick scan, without compiling `fast`. Null when the names give no pieces:
   * every page is then tested in full.
   */
  sieve: string | null;
  /** A class of every letter past Latin-1 that folds to a letter of the names, and the ignorables. */
  beyond: string;
  /** Short forms, regex-escaped, in capitals. */
  shorts: string[];
  /** Short forms in either case, in Latin-1 letters: for the reader's pivot, which leaves case to the matcher. */
  latin1Shorts: string[];
  /**
   * The names the matcher always accepts, for the gate's early paint (gate-patterns.ts
   * earlySource, lib/reader/early-paint.ts): a regex source to take with the `i` flag, where a
   * space stands for a run of spaces. Null when the pack has none.
   */
  earlyNames: string | null;
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
