/**
 * Folding for matching. Pages write the same words in many ways (case, accents, NO-BREAK SPACE,
 * soft hyphens, "Remain-in-Mexico", curly quotes); matching runs on a folded copy and every
 * folded character keeps the index of the original character it came from, so a match in the
 * folded text maps back to an exact span of the page.
 */

export interface Folded {
  /** Lowercase, unaccented; every whitespace/dash run is one space; quotes are straight. */
  folded: string;
  /**
   * folded index -> original index. One entry longer than `folded`: the last entry is the
   * original end, so a folded [start, end) maps to original [map[start], map[end]).
   * For a folded end inside the text use `originalEnd` (an end maps past its last character).
   */
  map: Int32Array;
}

const SPACE = 0x20;
const APOS = 0x27;
const QUOTE = 0x22;
/** Emitted only by `FoldBuilder.hardBreak`; input line breaks fold to a space. */
const HARD_BREAK = 0x0a;

// 0 = keep (fold further), 1 = space-like, 2 = drop, 3 = apostrophe, 4 = double quote.
const KEEP = 0;
const SPACE_LIKE = 1;
const DROP = 2;
const TO_APOS = 3;
const TO_QUOTE = 4;

function classify(c: number): number {
  if (c < 0x80) {
    if (c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0x2d) return SPACE_LIKE;
    return KEEP;
  }
  switch (c) {
    case 0x00a0: // NO-BREAK SPACE
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202f: // NARROW NO-BREAK SPACE
    case 0x205f:
    case 0x3000:
    case 0x0085:
    case 0x2010: // HYPHEN
    case 0x2011: // NON-BREAKING HYPHEN
    case 0x2012: // FIGURE DASH
    case 0x2013: // EN DASH
    case 0x2014: // EM DASH
    case 0x2015: // HORIZONTAL BAR
    case 0x2212: // MINUS SIGN
    case 0xfe58:
    case 0xfe63:
    case 0xff0d:
      return SPACE_LIKE;
    case 0x00ad: // SOFT HYPHEN
    case 0x200b: // ZERO WIDTH SPACE
    case 0x200c:
    case 0x200d:
    case 0x2060: // WORD JOINER
    case 0xfeff:
      return DROP;
    case 0x2018:
    case 0x2019:
    case 0x201a:
    case 0x201b:
    case 0x2032:
    case 0x02bc:
      return TO_APOS;
    case 0x201c:
    case 0x201d:
    case 0x201e:
    case 0x201f:
    case 0x00ab: // «
    case 0x00bb: // »
      return TO_QUOTE;
  }
  if (c >= 0x2000 && c <= 0x200a) return SPACE_LIKE; // en/em/thin/hair spaces
  return KEEP;
}

const MARKS = /\p{M}/gu;
// Non-ASCII code points are few per page; cache their folded form rather than normalising
// the same "é" thousands of times.
const foldCache = new Map<number, string>();

/**
 * U+00C0 to U+00FF folded, one character each: the accented letters of most pages fold without
 * normalize() and the \p{M} regex, whose first use costs about half a millisecond on a cold page
 * (fold.test.ts checks the table against them).
 */
const LATIN1_LETTERS = 'aaaaaaæceeeeiiiiðnooooo×øuuuuyþßaaaaaaæceeeeiiiiðnooooo÷øuuuuyþy';

function foldCodePoint(cp: number, ch: string): string {
  if (cp >= 0xc0 && cp <= 0xff) return LATIN1_LETTERS[cp - 0xc0]!;
  let f = foldCache.get(cp);
  if (f === undefined) {
    f = ch.toLowerCase().normalize('NFD').replace(MARKS, '');
    if (foldCache.size < 4096) foldCache.set(cp, f);
  }
  return f;
}

// Decoding the buffer natively is several times faster than String.fromCharCode on large
// blocks. A decoder replaces lone surrogates with U+FFFD: a decoded text holding one (rare: a
// lone surrogate, or a U+FFFD of the page's own) is built again the slow, exact way.
const utf16 = typeof TextDecoder === 'function' ? new TextDecoder('utf-16le') : null;

/**
 * Appends ranges of one original string to a folded buffer. The matcher uses it to fold each
 * block of a page separately and put a hard break (which folding never produces) between
 * them, so nothing matches across paragraphs.
 */
export class FoldBuilder {
  private out: Uint16Array;
  private idx: Int32Array;
  private len = 0;
  /** True after a space or at a block start: suppresses leading and repeated spaces. */
  private atSpace = true;

  constructor(capacity = 256) {
    this.out = new Uint16Array(Math.max(16, capacity));
    this.idx = new Int32Array(Math.max(16, capacity));
  }

  private grow(extra: number): void {
    if (this.len + extra <= this.out.length) return;
    const size = Math.max(this.out.length * 2, this.len + extra);
    const out = new Uint16Array(size);
    out.set(this.out.subarray(0, this.len));
    const idx = new Int32Array(size);
    idx.set(this.idx.subarray(0, this.len));
    this.out = out;
    this.idx = idx;
  }

  private push(code: number, at: number): void {
    if (this.len === this.out.length) this.grow(1);
    this.out[this.len] = code;
    this.idx[this.len] = at;
    this.len++;
  }

  /** Folds text[start, end). */
  append(text: string, start = 0, end = text.length): this {
    this.grow(end - start);
    // Hot loop: locals instead of fields, ASCII letters and spaces first.
    let out = this.out;
    let idx = this.idx;
    let len = this.len;
    let atSpace = this.atSpace;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x61 && c <= 0x7a) {
        out[len] = c;
        idx[len++] = i;
        atSpace = false;
        continue;
      }
      if (c >= 0x41 && c <= 0x5a) {
        out[len] = c + 32;
        idx[len++] = i;
        atSpace = false;
        continue;
      }
      const kind = c === SPACE ? SPACE_LIKE : classify(c);
      if (kind === SPACE_LIKE) {
        if (!atSpace) {
          out[len] = SPACE;
          idx[len++] = i;
          atSpace = true;
        }
        continue;
      }
      if (kind === DROP) continue;
      atSpace = false;
      if (kind !== KEEP || c < 0x80) {
        out[len] = kind === TO_APOS ? APOS : kind === TO_QUOTE ? QUOTE : c;
        idx[len++] = i;
        continue;
      }
      let width = 1;
      let cp = c;
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
        const lo = text.charCodeAt(i + 1);
        if (lo >= 0xdc00 && lo <= 0xdfff) {
          cp = (c - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
          width = 2;
        }
      }
      // A lone combining mark folds to nothing: "e\u0301" already reads as "e".
      const f = foldCodePoint(cp, width === 1 ? text[i]! : text.slice(i, i + 2));
      if (len + f.length + (end - i) > out.length) {
        this.len = len;
        this.grow(f.length + (end - i));
        out = this.out;
        idx = this.idx;
      }
      for (let k = 0; k < f.length; k++) {
        out[len] = f.charCodeAt(k);
        idx[len++] = i;
      }
      i += width - 1;
    }
    this.len = len;
    this.atSpace = atSpace;
    return this;
  }

  /** Ends a block: a trailing space is dropped and a "\n" is written (mapped to `at`). */
  hardBreak(at: number): this {
    if (this.len > 0 && this.out[this.len - 1] === SPACE) this.len--;
    if (this.len > 0 && this.out[this.len - 1] !== HARD_BREAK) this.push(HARD_BREAK, at);
    this.atSpace = true;
    return this;
  }

  /** `originalLength` is the map's final entry: where a match ending at the very end ends. */
  finish(originalLength: number): Folded {
    let s = '';
    if (this.len > 256 && utf16) s = utf16.decode(this.out.subarray(0, this.len));
    if (s.length !== this.len || s.includes('\uFFFD')) {
      s = '';
      const CHUNK = 8192;
      for (let i = 0; i < this.len; i += CHUNK) {
        s += String.fromCharCode.apply(
          null,
          this.out.subarray(i, Math.min(this.len, i + CHUNK)) as unknown as number[],
        );
      }
    }
    const map = new Int32Array(this.len + 1);
    map.set(this.idx.subarray(0, this.len));
    map[this.len] = originalLength;
    return { folded: s, map };
  }
}

/**
 * Folds a whole string: lowercase, diacritics stripped (é→e), whitespace and dash runs → one
 * space, soft hyphens and zero-width characters removed, curly quotes → straight.
 */
export function fold(text: string): Folded {
  return new FoldBuilder(text.length + 16).append(text).finish(text.length);
}

/**
 * Original end offset for a folded end `fEnd` (exclusive): one past the original character of
 * the last folded character. Unlike `map[fEnd]`, it does not swallow dropped characters or
 * whitespace that follow the match.
 */
export function originalEnd(f: Folded, fEnd: number, text: string): number {
  if (fEnd <= 0) return f.map[0] ?? 0;
  const last = f.map[fEnd - 1]!;
  const c = text.charCodeAt(last);
  return c >= 0xd800 && c <= 0xdbff ? last + 2 : last + 1;
}

// eslint-disable-next-line no-control-regex -- every ASCII character, controls included
const ASCII_ONLY = /^[\u0000-\u007f]*$/;
const ASCII_SPACE_RUN = /[\t-\r -]+/g;

/** Folds a short string (an alias or cue) without keeping the map. */
export function foldString(text: string): string {
  // ASCII (most aliases and cues): lower case and one space per run of spaces and hyphens is
  // the whole of folding. The reader folds a hundred such strings before its first highlight,
  // and the builder's typed arrays cost there, in code not yet optimised.
  if (ASCII_ONLY.test(text)) return text.toLowerCase().replace(ASCII_SPACE_RUN, ' ').trim();
  return fold(text).folded.trim();
}
