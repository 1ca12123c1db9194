/**
 * Terms (aliases, cues, anti-cues) as regexes over folded text: each term's source, its word
 * boundaries, and a set of terms run as one alternation. Used by the matcher (matcher.ts).
 */
import { escapeRegExp } from '../text/escape-regexp';
import { foldString, originalEnd, type Folded } from '../text/fold';

export const WORD_CHAR = /[\p{L}\p{N}_]/u;

export interface Term {
  /** The term's regex source without its end boundary. */
  source: string;
  leftBoundary: boolean;
  /** Needs a word boundary after it (its last character is a word character). */
  rightBoundary: boolean;
}

// The \p classes below compile slowly (about half a millisecond each on a cold page, traced):
// the helpers answer ASCII text without them, and only other text compiles them.
const HAS_LETTER = /\p{L}/u;
const UPPER_START = /^\p{Lu}/u;
const NON_WORD_RUN = /[^\p{L}\p{N}]+/u;
const NON_ASCII = /[\u0080-\uffff]/;
const ASCII_NON_WORD_RUN = /[^A-Za-z0-9]+/;

/** Does `s` hold a letter? */
export function hasLetter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) return HAS_LETTER.test(s);
    if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) return true;
  }
  return false;
}

/** Does `w` start with a capital letter? */
export function startsUpper(w: string): boolean {
  const c = w.charCodeAt(0);
  return c < 0x80 ? c >= 0x41 && c <= 0x5a : UPPER_START.test(w);
}

/** The words of `s`: its runs of letters and digits. */
export function wordsOf(s: string): string[] {
  return s.split(NON_ASCII.test(s) ? NON_WORD_RUN : ASCII_NON_WORD_RUN).filter(Boolean);
}

/** Is the one-character string `ch` a letter, digit or underscore (ASCII without a regex)? */
export function isWordChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 0x80)
    return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
  return WORD_CHAR.test(ch);
}

/** `termFor` of a term already folded (`f` = foldString(text)). */
export function termOf(text: string, f: string, plural: boolean): Term | null {
  if (!f) return null;
  const first = f[0]!;
  const last = f[f.length - 1]!;
  let source = escapeRegExp(f);
  if (plural && hasLetter(last)) {
    // Cue lists name words in one number; "tourists" should also find "tourist" and
    // "migrant" find "migrants". Short and capitalised terms (DHS) are taken as written.
    const word = /[a-z]+$/.exec(f)?.[0] ?? '';
    if (word.length > 4 && word.endsWith('s') && text === text.toLowerCase())
      source = source.slice(0, -1) + 's?';
    source += '(?:e?s)?';
  }
  return { source, leftBoundary: isWordChar(first), rightBoundary: isWordChar(last) };
}

/** Is the folded character before `i` a word character? */
export function wordCharBefore(folded: string, i: number): boolean {
  if (i <= 0) return false;
  const c = folded.charCodeAt(i - 1);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
  // Astral letters end with a low surrogate; test the whole code point.
  const start = c >= 0xdc00 && c <= 0xdfff && i >= 2 ? i - 2 : i - 1;
  return WORD_CHAR.test(folded.slice(start, i));
}

/** Is the code point at `i` a word character (what `(?![\p{L}\p{N}_])` refuses)? */
function wordCharAt(s: string, i: number): boolean {
  if (i >= s.length) return false;
  const c = s.charCodeAt(i);
  if (c < 0x80)
    return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
  return WORD_CHAR.test(String.fromCodePoint(s.codePointAt(i)!));
}

export interface Span {
  start: number;
  end: number;
}

export interface Hit {
  index: number;
  end: number;
  /** Which term matched. */
  group: number;
}

/**
 * Terms as one alternation, longest first, each a capture group, each ending on a word
 * boundary when its last character is a word character. The regex run has no boundary
 * lookaheads and no u flag when the terms allow (both make V8's regex slower to compile and to
 * run); a hit that ends inside a word is handed to the exact regex, with the lookaheads, at the
 * same position, so the hits are those of the exact regex: the same alternative wins.
 */
export class Alternation {
  private readonly fast: RegExp;
  private exact: RegExp | null = null;
  private readonly rightBoundary: boolean[];

  constructor(private readonly terms: readonly Term[]) {
    this.rightBoundary = terms.map((t) => t.rightBoundary);
    const source = terms.map((t) => `(${t.source})`).join('|');
    // Without u, astral characters would be matched by halves; keep u for such terms.
    this.fast = new RegExp(source, /[\uD800-\uDFFF]/.test(source) ? 'gu' : 'g');
  }

  /** The exact regex's first hit at or after `from`, or null. */
  next(s: string, from: number): Hit | null {
    const fast = this.fast;
    fast.lastIndex = from;
    let m: RegExpExecArray | null;
    while ((m = fast.exec(s))) {
      const group = groupIndex(m);
      const end = m.index + m[0].length;
      if (!this.rightBoundary[group] || !wordCharAt(s, end)) return { index: m.index, end, group };
      // The alternative the exact regex would try first ends inside a word here. Every term
      // that can match here starts with the same character: if that needs a boundary before it
      // and has none, the caller skips this position whatever matches.
      if (this.terms[group]!.leftBoundary && wordCharBefore(s, m.index)) {
        fast.lastIndex = m.index + 1;
        continue;
      }
      const exact = (this.exact ??= exactRegex(this.terms));
      exact.lastIndex = m.index;
      const e = exact.exec(s);
      if (e) return { index: e.index, end: e.index + e[0].length, group: groupIndex(e) };
      fast.lastIndex = m.index + 1;
    }
    return null;
  }
}

/**
 * The terms with their end boundaries, as a sticky regex. Consecutive terms that need one share
 * one lookahead: (?:(a)|(b))(?!W) tries the same choices in the same order as (a)(?!W)|(b)(?!W),
 * and a \p class compiles slowly enough that one copy instead of dozens matters on a cold start.
 */
function exactRegex(terms: readonly Term[]): RegExp {
  const runs: string[] = [];
  for (let i = 0; i < terms.length;) {
    let j = i;
    while (j < terms.length && terms[j]!.rightBoundary === terms[i]!.rightBoundary) j++;
    const groups = terms.slice(i, j).map((t) => `(${t.source})`);
    runs.push(terms[i]!.rightBoundary ? `(?:${groups.join('|')})(?![\\p{L}\\p{N}_])` : groups.join('|'));
    i = j;
  }
  return new RegExp(runs.join('|'), 'yu');
}

/**
 * A term set's terms as data (termSetData, from the pack's strings): what TermSet builds its
 * regex from, so that a script can ship it built (wxt.config.ts) instead of folding every term
 * on the page, cold, before its first scan.
 */
export interface TermSetData {
  /** Longest first; a term's `leftBoundary` asks for no word character before a hit. */
  terms: Term[];
  /** All-capitals terms (DHS, ICE): they mean the acronym, so a hit must be in capitals too. */
  upper: boolean[];
}

export function termSetData(strings: readonly string[]): TermSetData {
  const terms: Term[] = [];
  const upper: boolean[] = [];
  const folded = [...new Set(strings)].map((t) => ({ t, f: foldString(t) }));
  // Stable: equal lengths keep their order.
  folded.sort((a, b) => b.f.length - a.f.length);
  for (const { t, f } of folded) {
    const term = termOf(t, f, true);
    if (!term) continue;
    terms.push(term);
    const letters = /[^ -~]/.test(t) ? t.replace(/[^\p{L}]/gu, '') : t.replace(/[^A-Za-z]/g, '');
    upper.push(letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase());
  }
  return { terms, upper };
}

/** Cue or anti-cue spans of one topic, in folded coordinates, sorted by start. */
export class TermSet {
  private compiled: { alt: Alternation | null; bounded: boolean[]; upper: boolean[] } | null = null;

  /** Compiled on first use: most pages never need a topic's cues. */
  constructor(private readonly data: TermSetData) {}

  private compile() {
    const data = this.data;
    return {
      alt: data.terms.length ? new Alternation(data.terms) : null,
      bounded: data.terms.map((t) => t.leftBoundary),
      upper: data.upper,
    };
  }

  find(f: Folded, text: string): Span[] {
    const out: Span[] = [];
    const { alt, bounded, upper } = (this.compiled ??= this.compile());
    if (!alt) return out;
    const s = f.folded;
    let from = 0;
    let h: Hit | null;
    while ((h = alt.next(s, from))) {
      from = h.end;
      if (bounded[h.group] && wordCharBefore(s, h.index)) {
        from = h.index + 1;
        continue;
      }
      if (upper[h.group]) {
        const orig = text.slice(f.map[h.index]!, originalEnd(f, h.end, text));
        if (orig !== orig.toUpperCase()) continue;
      }
      out.push({ start: h.index, end: h.end });
      if (h.end === h.index) from++;
    }
    return out;
  }
}

function groupIndex(m: RegExpExecArray): number {
  for (let i = 1; i < m.length; i++) if (m[i] !== undefined) return i - 1;
  return -1;
}
