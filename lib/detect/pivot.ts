/**
 * One regular expression over raw page text (not folded, not lower-cased) that finds every place
 * where an alias may occur, written so that V8 scans a megabyte of text in a fraction of a
 * millisecond. Each alias is anchored on its rarest letter (the pivot: "x" in "Remain in Mexico"),
 * and only where the text holds that letter does the regex look around it for the rest of the
 * alias. A regex that starts with a lookaround or a common letter tests every position of the
 * page; one that starts with a rare letter skips almost all of them.
 *
 * It never misses what matching the folded text finds: every character of an alias is a class
 * of all the characters that fold to it (any case, any accent, the Kelvin sign…), the
 * characters folding deletes (soft hyphens, zero-width characters, combining accents) may sit
 * between any two, and the words may be separated by any run of what folds to a space. It may
 * over-report (the matcher judges each hit, with cues and context); it does not judge.
 * Two limits, both far from real text: combining marks outside U+0300–U+036F inside an alias, and a character that folds to two letters (a ligature such as "ĳ") inside one.
 * A short form (kind 'short') is found in either case: the matcher decides (capitals anywhere,
 * lower case only on a page that names the policy).
 */
import { fold } from '../text/fold';
import {
  ALT_MARK,
  CLASS_MARK,
  GAP_MARK,
  IGNORABLE,
  LATIN1_MARK,
  SEP_MARK,
  type PivotTemplate,
} from './pivot-template';

export interface PivotAlias {
  text: string;
  kind: string;
}

/** Rough letter frequencies in English and Spanish news text, per thousand letters. */
const FREQUENCY: Record<string, number> = {
  e: 125,
  a: 95,
  o: 80,
  t: 80,
  i: 70,
  n: 70,
  s: 68,
  r: 63,
  h: 40,
  d: 42,
  l: 43,
  c: 36,
  u: 33,
  m: 26,
  p: 22,
  f: 20,
  g: 18,
  w: 14,
  y: 15,
  b: 14,
  v: 9,
  k: 6,
  q: 4,
  j: 3,
  x: 2,
  z: 2,
};

const GAP = GAP_MARK;

export interface FoldTable {
  /** Folded character -> the code points that fold to exactly it. */
  exact: Map<string, number[]>;
  /** Code points that fold to a space. */
  space: number[];
}

let table: FoldTable | null = null;

/** Every BMP code point folded once (about 60 ms in Node; built once, at build time for the extension). */
export function foldTable(): FoldTable {
  if (table) return table;
  const exact = new Map<string, number[]>();
  const space: number[] = [];
  for (let cp = 0; cp <= 0xffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    // Between two letters, so that a space-like character is not dropped as leading space.
    const f = fold(`a${String.fromCharCode(cp)}a`).folded.slice(1, -1);
    if (f.length === 1) {
      if (f === ' ') space.push(cp);
      else if (exact.has(f)) exact.get(f)!.push(cp);
      else exact.set(f, [cp]);
    }
  }
  table = { exact, space };
  return table;
}

function hex(cp: number): string {
  return `\\u${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}

function classChar(cp: number): string {
  // Letters as themselves, accented Latin-1 ones too: the gate's pattern ships in the script
  // every page parses, where \u00E9 is six characters to scan and é one.
  if (
    (cp >= 0x30 && cp <= 0x39) ||
    (cp >= 0x41 && cp <= 0x5a) ||
    (cp >= 0x61 && cp <= 0x7a) ||
    (cp >= 0xc0 && cp <= 0xff && cp !== 0xd7 && cp !== 0xf7)
  )
    return String.fromCharCode(cp);
  return hex(cp);
}

/** A character class of the code points, consecutive runs written as ranges. */
export function charClass(cps: readonly number[], extra = ''): string {
  const sorted = [...new Set(cps)].sort((a, b) => a - b);
  let out = '';
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    out += classChar(sorted[i]!);
    if (j > i) out += `${j > i + 1 ? '-' : ''}${classChar(sorted[j]!)}`;
    i = j + 1;
  }
  return `[${out}${extra}]`;
}

/**
 * The classes a template names, each written once (an alias's letters repeat the same few
 * dozen classes hundreds of times: written out, the template was 51 KB of the reader's script).
 */
type ClassTable = Record<string, string>;

/** The pattern of one folded alias character (not a space): a mark the template expands. */
function charPattern(ch: string, t: FoldTable, classes: ClassTable): string {
  const key = CLASS_MARK + ch;
  classes[key] ??= charClass(t.exact.get(ch) ?? [ch.charCodeAt(0)]);
  return key;
}

function pivotIndex(folded: string): number {
  let best = -1;
  let score = Infinity;
  for (let i = 0; i < folded.length; i++) {
    const ch = folded[i]!;
    if (ch === ' ') continue;
    // Digits and symbols are rare in prose; unknown letters count as rare too.
    const s = FREQUENCY[ch] ?? (/[a-z]/.test(ch) ? 1 : 5);
    if (s < score) {
      score = s;
      best = i;
    }
  }
  return best;
}

/** The folded characters as a pattern: a gap of ignorables between characters, separators for spaces. */
function sequence(chars: string, t: FoldTable, sep: string, classes: ClassTable): string {
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (ch === ' ') {
      out += sep;
      continue;
    }
    if (out && !out.endsWith(sep)) out += GAP;
    out += charPattern(ch, t, classes);
  }
  return out;
}

/**
 * The regex as a template (pivot-template.ts), GAP_MARK where ignorables may sit, ALT_MARK between
 * pivots. Null when no alias has a usable character. Alternatives that share a pivot share one
 * copy of it, so each pivot's regex starts with one pair of classes.
 */
export function buildPivotTemplate(aliases: readonly PivotAlias[]): PivotTemplate | null {
  const t = foldTable();
  const classes: ClassTable = {};
  // Words may also meet with nothing between them: text nodes are joined as they stand, and
  // "Remain in<br>Mexico" reads "Remain inMexico" there.
  classes[SEP_MARK] = charClass(t.space, IGNORABLE) + '*';
  const sep = SEP_MARK;
  // Latin-1 only at the pivot: a class reaching past U+00FF makes V8 test every position of a
  // two-byte string the slow way (measured 4x slower on a 1 MB page). See the module comment.
  // A short form is taken in either case: the matcher takes "mpp" in lower case on a page that
  // names the policy (a reader comment), in capitals elsewhere (see acronymShape).
  const pivotClass = (ch: string) => {
    const key = LATIN1_MARK + ch;
    classes[key] ??= charClass((t.exact.get(ch) ?? [ch.charCodeAt(0)]).filter((cp) => cp <= 0xff));
    return key;
  };
  const byPivot = new Map<string, string[]>();
  for (const alias of aliases) {
    const f = fold(alias.text).folded.trim();
    const k = pivotIndex(f);
    if (k < 0) return null;
    // Two letters side by side are one cheap test per position of the page; one letter alone
    // would stop the regex at every "g" of a page about migrants.
    const second =
      f[k + 1] !== undefined && f[k + 1] !== ' '
        ? k + 1
        : f[k - 1] !== undefined && f[k - 1] !== ' '
          ? k - 1
          : -1;
    const from = second === -1 ? k : Math.min(k, second);
    const to = second === -1 ? k + 1 : Math.max(k, second) + 1;
    let pivot = '';
    for (let i = from; i < to; i++) pivot += (i > from ? GAP : '') + pivotClass(f[i]!);
    const before = sequence(f.slice(0, from), t, sep, classes);
    const after = sequence(f.slice(to), t, sep, classes);
    const behind = before ? `(?<=${before}${f[from - 1] === ' ' ? '' : GAP}${pivot})` : '';
    const ahead = after ? `(?=${f[to] === ' ' ? '' : GAP}${after})` : '';
    const list = byPivot.get(pivot) ?? [];
    const alt = behind + ahead;
    if (!list.includes(alt)) list.push(alt);
    byPivot.set(pivot, list);
  }
  if (byPivot.size === 0) return null;
  const body = [...byPivot]
    .map(([pivot, alts]) => (alts.includes('') ? pivot : `${pivot}(?:${alts.join('|')})`))
    .join(ALT_MARK);
  return { body, classes };
}
