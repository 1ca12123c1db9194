/**
 * The content script's gate pattern (may-mention.ts). What it needs from the pack and the folding
 * tables is built at build time (wxt.config.ts: `buildGateSpec`), so that the script every page
 * runs carries neither the pack nor the folding code: the sieve and the small Latin-1 pattern
 * written out.
 *
 * Regular expressions over the page's raw text (not lower-cased, not folded: folding a megabyte
 * of accented text cost the gate tens of milliseconds), the names written small (fastPattern):
 * - every letter is a class of the Latin-1 characters that fold to it, in any case (a leading
 *   class past U+00FF would make V8 test every position of the page slowly, see pivot.ts);
 * - words are apart by any run of non-word characters, or none (a <br> runs words together in
 *   textContent);
 * - short forms (MPP, PPM) in capitals: in lower case they count only on a page that names the
 *   policy, which the names open the gate for;
 * - letters past Latin-1 that fold to the names' letters, and characters folding deletes inside
 *   a word (soft hyphens, zero-width characters, combining accents), make up `beyond`: not in the
 *   pattern, they send a page that misses it to one more test (may-mention.ts).
 * Most pages stop at the sieve (sieveSource). A page it hits is tested with a smaller, looser
 * form written out at build time (`fast`: each name's first words, Latin-1 letters, any run of
 * non-word characters between words, no flags), which compiles in a fraction of the time; a
 * page holding letters past U+00FF or characters folding deletes is tested with it once more,
 * loosened (may-mention.ts), rather than with the full pattern: the full one is some 20 KB of
 * source, and its parts cost every page's script about 2 KB.
 * It is a superset test: wherever the matcher can find an alias, the gate opens (gate.test.ts).
 */
import { foldString } from '../text/fold';
import { charClass, foldTable } from './pivot';
import { latin1Pivot, type GateSpec, type Latin1Pivot } from './gate-pattern';
import { escapeRegExp } from '../text/escape-regexp';
import { IGNORABLE } from './pivot-template';

export type { GateSpec };

interface GateAlias {
  text: string;
  kind: string;
}

/** The reader's Latin-1 pivot as the gate hands it over (gate-pattern.ts latin1Pivot), for tests and tools. */
export function buildLatin1Pivot(aliases: readonly GateAlias[]): Latin1Pivot | null {
  return latin1Pivot(buildGateSpec(aliases, []));
}

/**
 * `others`: terms that are no alias of the topic but the matcher also looks for (matcher-terms.ts
 * neighbourTerms): a name sharing text with one of them is no sure name (earlySource).
 */
export function buildGateSpec(aliases: readonly GateAlias[], others: readonly string[]): GateSpec {
  const t = foldTable();
  const names = new Set<string>();
  const shorts = new Set<string>();
  for (const alias of aliases) {
    const folded = alias.kind === 'short' ? '' : foldString(alias.text);
    if (alias.kind === 'short') shorts.add([...alias.text].map(escapeRegExp).join(''));
    else if (folded) names.add(folded);
  }
  // Latin-1 forms in both cases, written out: a regex without the `i` flag compiles in half the time.
  const latin1Class = (ch: string) =>
    t.exact.has(ch) ? charClass(t.exact.get(ch)!.filter((cp) => cp <= 0xff)) : escapeRegExp(ch);
  const latin1: Record<string, string> = {};
  for (const name of names) for (const ch of name) if (t.exact.has(ch)) latin1[ch] ??= latin1Class(ch);
  // Every separator, past Latin-1 too, between the words of a short form: news text is full of
  // dashes and odd spaces (an em dash, a thin space).
  const sep = charClass(t.space) + '*';
  // The fast pattern is a looser superset, which the reader narrows down: each name's first
  // words (fastPrefix), any run of non-word characters between them. Smaller than the exact
  // names, it compiles faster: on a 1,500-word page about the border (a sieve hit), 5.79 -> 4.97 ms
  // of gate time in one interleaved run, measured from outside.
  const fastNames = [...new Set([...names].map(fastPrefix))];
  const fast = fastPattern(fastNames, latin1);
  // What the fast pattern does not take: letters past Latin-1 that fold to the names' letters,
  // and characters folding deletes.
  const past = Object.keys(latin1)
    .flatMap((ch) => t.exact.get(ch)!)
    .filter((cp) => cp > 0xff);
  const latin1Shorts = aliases
    .filter((a) => a.kind === 'short')
    .map((a) => [...foldString(a.text)].map((ch) => (ch === ' ' ? sep : latin1Class(ch))).join(''))
    .filter(Boolean);
  const beyond = charClass(past, IGNORABLE);
  const shortForms = [...shorts];
  return {
    fast,
    sieve: sieveSource(fastNames, latin1, shortForms),
    beyond,
    shorts: shortForms,
    latin1Shorts,
    earlyNames: earlySource(aliases, others),
  };
}

/**
 * The early paint's names (GateSpec.earlyNames, early-paint.ts): the names the matcher accepts wherever
 * it finds them (kind 'name': matcher-core.ts, unless written all in lower case, which the early
 * paint checks), longest first, as the pack spells them, with or without their accents; a space
 * stands for a run of spaces. A subset of what the matcher finds: the reader paints the rest. A
 * name that shares text with a term of another kind or a neighbour's ("Remain in Mexico" in a
 * phrase, "… Protocols Act") is left out: there the matcher's choice between them is not the early
 * paint's to guess. Null when no name qualifies: the gate then paints nothing early.
 */
export function earlySource(aliases: readonly GateAlias[], others: readonly string[]): string | null {
  const names = new Map<string, string>();
  const rest = others.map(foldString);
  for (const a of aliases) {
    const folded = foldString(a.text);
    if (a.kind !== 'name') rest.push(folded);
    else if (folded && !names.has(folded)) names.set(folded, a.text);
  }
  // Shared text: one contains the other, or one ends with words the other starts with.
  const overlaps = (a: string, b: string) => {
    if (a.includes(b) || b.includes(a)) return true;
    const wa = a.split(' ');
    const wb = b.split(' ');
    for (let k = 1; k < Math.min(wa.length, wb.length); k++) {
      if (wa.slice(-k).join(' ') === wb.slice(0, k).join(' ')) return true;
      if (wb.slice(-k).join(' ') === wa.slice(0, k).join(' ')) return true;
    }
    return false;
  };
  const sure = [...names]
    .filter(([folded]) => !rest.some((o) => o && overlaps(folded, o)))
    .sort(([a], [b]) => b.length - a.length || (a < b ? -1 : 1))
    .map(([, text]) => spelled(text));
  return sure.length ? sure.join('|') : null;
}

/** A name as the pack spells it, in lower case (the early paint's regex ignores case), an accented letter as a class with its base letter. */
function spelled(text: string): string {
  return text
    .trim()
    .split(/\s+/)
    .map((word) =>
      [...word.toLowerCase()]
        .map((ch) => {
          const base = ch.normalize('NFD')[0]!;
          return base !== ch && /[a-z]/.test(base) ? `[${base}${ch}]` : escapeRegExp(ch);
        })
        .join(''),
    )
    .join(' ');
}

/** Words and letters of a name the fast pattern asks for at least: enough to be rare in text. */
const FAST_WORDS = 3;
const FAST_LETTERS = 15;

/**
 * The first words of a folded name that the fast pattern asks for: FAST_WORDS words, and more
 * while they hold fewer than FAST_LETTERS letters ("la ley de" alone would open the gate on
 * every Spanish page).
 */
export function fastPrefix(name: string): string {
  const words = name.split(' ');
  let n = Math.min(FAST_WORDS, words.length);
  while (n < words.length && words.slice(0, n).join('').length < FAST_LETTERS) n++;
  return words.slice(0, n).join(' ');
}

/** Letters in a piece of a name: long enough to be rare in text, short enough to be shared. */
const PIECE = 6;
const MIN_PIECE = 4;

/**
 * The sieve (GateSpec.sieve): a few pieces of the names' words that every name holds one of,
 * chosen greedily (the piece most names share first), with the short forms (the gate adds
 * `beyond`). The fast pattern only puts separators between words, so any text it matches holds a
 * piece, in the same Latin-1 classes. Null when some name has no word long enough to give a piece.
 */
export function sieveSource(
  names: readonly string[],
  latin1: Record<string, string>,
  shorts: readonly string[],
): string | null {
  const piecesOf = (name: string) =>
    new Set(
      name
        .split(' ')
        .filter((word) => word.length >= MIN_PIECE)
        .flatMap((word) => {
          const n = Math.min(PIECE, word.length);
          return Array.from({ length: word.length - n + 1 }, (_, i) => word.slice(i, i + n));
        }),
    );
  const uncovered = new Map(names.map((name) => [name, piecesOf(name)]));
  const starts = new Set(names.flatMap((name) => name.split(' ').map((word) => word.slice(0, PIECE))));
  // Most names first; then a piece that starts a word (its first letter is rarer than the inner
  // letters of text are, and fewer positions start a match); then the longer; then the first in
  // code-point order, for a stable build.
  const wordStart = (p: string) => (starts.has(p) ? 0 : 1);
  const better = ([a, x]: [string, number], [b, y]: [string, number]) =>
    y - x || wordStart(a) - wordStart(b) || b.length - a.length || (a < b ? -1 : 1);
  if ([...uncovered.values()].some((pieces) => pieces.size === 0)) return null;
  const chosen: string[] = [];
  while (uncovered.size) {
    const counts = new Map<string, number>();
    for (const pieces of uncovered.values()) for (const p of pieces) counts.set(p, (counts.get(p) ?? 0) + 1);
    const [best] = [...counts].sort(better)[0]!;
    chosen.push(best);
    for (const [name, pieces] of uncovered) if (pieces.has(best)) uncovered.delete(name);
  }
  const piece = (p: string) => [...p].map((ch) => latin1[ch] ?? escapeRegExp(ch)).join('');
  return [...shorts, ...chosen.map(piece)].join('|');
}

type Trie = Map<string, Trie>;
const END = '';
/** Between the words of a name in the fast pattern: any run of non-word characters, or none. */
const FAST_SEP = '\\W*';

function trieOf(words: readonly string[]): Trie {
  const root: Trie = new Map();
  for (const word of words) {
    let node = root;
    for (const ch of [...word, END]) {
      if (!node.has(ch)) node.set(ch, new Map());
      node = node.get(ch)!;
    }
  }
  return root;
}

/**
 * The fast pattern's source (GateSpec.fast): the names, each letter a class, FAST_SEP between
 * words, in as few characters as the same matches allow, since every page that names the
 * neighbourhood ("Mexico") compiles it:
 * - a name found wherever another is found goes (its letters start with the other's, with a
 *   word break wherever the other has one: "remaininmexico" under "remain in mexico");
 * - names that differ only in their first word share the rest ("(?:remain|stay) in mexico");
 * - the others are laid out as a trie, so each alternative starts with a different letter, and
 *   a name that another continues ends the branch (the regex searches: the shorter is enough).
 */
function fastPattern(names: readonly string[], letters: Record<string, string>): string | null {
  const letter = (ch: string) => letters[ch] ?? escapeRegExp(ch);
  const written = (words: readonly string[]) => words.map((w) => [...w].map(letter).join('')).join(FAST_SEP);
  /** Where a name's words break, as offsets in its letters. */
  const breaks = (words: readonly string[]) => {
    const at = new Set<number>();
    let n = 0;
    for (const w of words.slice(0, -1)) at.add((n += w.length));
    return at;
  };
  const split = names.map((name) => name.split(' '));
  const covers = (a: string[], b: string[]) => {
    const la = a.join('');
    const lb = b.join('');
    if (!lb.startsWith(la) || (la === lb && a.length < b.length)) return false;
    const ba = breaks(a);
    return [...breaks(b)].every((i) => i >= la.length || ba.has(i));
  };
  // Names come deduplicated: two that cover each other would be the same name.
  const kept = split.filter((b, j) => !split.some((a, i) => i !== j && covers(a, b)));
  const byRest = new Map<string, string[]>();
  for (const words of kept.filter((w) => w.length > 1)) {
    const rest = words.slice(1).join(' ');
    byRest.set(rest, [...(byRest.get(rest) ?? []), words[0]!]);
  }
  const alone: string[][] = [];
  const shared: string[] = [];
  for (const [rest, heads] of byRest) {
    if (heads.length === 1) alone.push([heads[0]!, ...rest.split(' ')]);
    else shared.push(`${exactTrie(trieOf(heads), letter)}${FAST_SEP}${written(rest.split(' '))}`);
  }
  for (const words of kept) if (words.length === 1) alone.push(words);
  // The trie reads each name as one string, a space standing for the separator.
  const searchTrie = (node: Trie): string => {
    const alts: string[] = [];
    for (const [ch, next] of node) {
      // A shorter name ends here: whatever longer ones continue with, the gate has opened.
      if (ch === END) return '';
      alts.push((ch === ' ' ? FAST_SEP : letter(ch)) + searchTrie(next));
    }
    return alts.length === 1 ? alts[0]! : `(?:${alts.join('|')})`;
  };
  const parts = [...(alone.length ? [searchTrie(trieOf(alone.map((w) => w.join(' '))))] : []), ...shared];
  return parts.length ? parts.join('|') : null;
}

/**
 * A trie as a regex that matches its words exactly: a word that another continues makes the
 * rest optional. Alternatives come grouped, so the result can be followed by more pattern.
 */
function exactTrie(node: Trie, letter: (ch: string) => string): string {
  const alts: string[] = [];
  let ends = false;
  for (const [ch, next] of node) {
    if (ch === END) ends = true;
    else alts.push(letter(ch) + exactTrie(next, letter));
  }
  if (!alts.length) return '';
  const one = alts.length === 1 ? alts[0]! : null;
  // A lone class or character takes `?` as it is.
  if (ends) return one && /^(?:\[[^\]]*\]|\\?.)$/.test(one) ? `${one}?` : `(?:${alts.join('|')})?`;
  return one ?? `(?:${alts.join('|')})`;
}
