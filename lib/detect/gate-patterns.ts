/**
 * The content script's gate pattern (may-mention.ts). What it needs from the pack and the folding
 * tables is built at build time (wxt.config.ts: `buildGateSpec`), so that the script every page
 * runs carries neither the pack nor the folding code, only the aliases' folded forms and a class
 * per letter; the gate assembles the regex on first use (`gatePattern`, microseconds), a few
 * kilobytes to parse instead of the tens of a written-out regex.
 *
 * One regular expression over the page's raw text (not lower-cased, not folded: folding a
 * megabyte of accented text cost the gate tens of milliseconds), with the aliases laid out as a
 * trie so that each alternative starts with a different letter:
 * - every letter is a class of all the characters that fold to it (any case, any accent), except
 *   the first letter of an alias, which keeps to Latin-1 (as the reader's pivot letters do, see
 *   pivot.ts: a leading class past U+00FF makes V8 test every position of the page slowly);
 * - words are apart by any run of what folds to a space, or none (a <br> runs words together in
 *   textContent);
 * - short forms (MPP, PPM) in capitals: in lower case they count only on a page that names the
 *   policy, which the names open the gate for;
 * - characters folding deletes inside a word (soft hyphens, zero-width characters, combining
 *   accents) are not in the pattern: may-mention.ts retests without them, on the rare page that
 *   has any.
 * Most pages are tested with a smaller form written out at build time (`fast`: Latin-1 letters,
 * the `i` flag), which compiles in a fraction of the time; only a page holding letters past U+00FF
 * or characters folding deletes needs the full one.
 * It is a superset test: wherever the matcher can find an alias, the gate opens (gate.test.ts).
 */
import { foldString } from '../text/fold';
import { charClass, foldTable } from './pivot';

interface GateAlias {
  text: string;
  kind: string;
}

export interface GateSpec {
  /**
   * The regex most pages are tested with, written out at build time (it is small): Latin-1 letters
   * in lower case, for the `i` flag. A page holding letters past U+00FF (RARE_LATIN) or characters
   * folding deletes is tested again with the full pattern, assembled from the fields below.
   */
  fast: string | null;
  /** A class of every character the full pattern takes and the fast one does not (past U+00FF). */
  beyond: string;
  /** Names and phrases, folded (lower case, no accents, one space between words). */
  names: string[];
  /** The class of each folded letter, and the Latin-1 class for a first letter. */
  letters: Record<string, string>;
  leading: Record<string, string>;
  /** What may sit between two words. */
  sep: string;
  /** Short forms, regex-escaped, in capitals. */
  shorts: string[];
}

function escapeChar(c: string): string {
  return c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

export function buildGateSpec(aliases: readonly GateAlias[]): GateSpec {
  const t = foldTable();
  const names = new Set<string>();
  const shorts = new Set<string>();
  for (const alias of aliases) {
    if (alias.kind === 'short') shorts.add([...alias.text].map(escapeChar).join(''));
    else if (foldString(alias.text)) names.add(foldString(alias.text));
  }
  const letters: Record<string, string> = {};
  const leading: Record<string, string> = {};
  for (const name of names) {
    for (const [i, ch] of [...name].entries()) {
      const cps = t.exact.get(ch);
      if (!cps) continue;
      letters[ch] ??= charClass(cps);
      if (i === 0) leading[ch] ??= charClass(cps.filter((cp) => cp <= 0xff));
    }
  }
  const sep = charClass(t.space) + '*';
  const spec = { names: [...names], letters, leading, sep, shorts: [...shorts] };
  // Latin-1 forms in lower case: the `i` flag takes their capitals.
  const latin1: Record<string, string> = {};
  for (const ch of Object.keys(letters)) {
    const cps = t.exact
      .get(ch)!
      .filter((cp) => cp <= 0xff && String.fromCharCode(cp).toLowerCase() === String.fromCharCode(cp));
    latin1[ch] = charClass(cps);
  }
  const latin1Sep = charClass(t.space.filter((cp) => cp <= 0xff)) + '*';
  const fast = gatePattern({ ...spec, letters: latin1, leading: latin1, sep: latin1Sep, shorts: [] });
  const past = [...Object.keys(letters).flatMap((ch) => t.exact.get(ch)!), ...t.space].filter(
    (cp) => cp > 0xff,
  );
  return { fast, beyond: charClass(past), ...spec };
}

type Trie = Map<string, Trie>;
const END = '';

/** The gate's regex source from its spec: the names as a trie, then the short forms. */
export function gatePattern(spec: Omit<GateSpec, 'fast' | 'beyond'>): string | null {
  const root: Trie = new Map();
  for (const name of spec.names) {
    let node = root;
    for (const ch of [...name, END]) {
      if (!node.has(ch)) node.set(ch, new Map());
      node = node.get(ch)!;
    }
  }
  const letter = (ch: string, leading: boolean) =>
    (leading ? spec.leading[ch] : spec.letters[ch]) ?? spec.letters[ch] ?? escapeChar(ch);
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
