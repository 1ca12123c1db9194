/**
 * A cheap first pass over the original (unfolded) text. Folding a whole 1 MB page costs far
 * more than one native regex scan, and most pages never name the topic, so the matcher folds
 * only the blocks where this pass finds a possible alias.
 *
 * It must never miss what matching the folded text would find: each alias contributes an
 * anchor (the start of its longest word, as folded) written as a pattern that accepts every
 * way folding could have produced it — any case, any Latin-1/Latin Extended-A letter that
 * folds to the same letter (é, Ñ…), and soft hyphens, zero-width characters or combining marks
 * between letters. Rarer precomposed Latin letters (Ṁ, ǎ…) would make the character classes
 * slow the whole scan down (measured 2.5x), so a text holding any of them is folded whole.
 * It may over-report (e.g. "protest" for "protection"); those blocks are just folded for nothing.
 */
import { foldString } from '../text/fold';
import { IGNORABLE as IGNORABLE_CLASS } from './pivot-template';

/** Characters that folding deletes inside a word, any number of them. */
const IGNORABLE = `[${IGNORABLE_CLASS}]*`;
const ANCHOR_LENGTH = 6;

/** Precomposed Latin letters outside the anchor classes (see the module comment). */
export const RARE_LATIN = /[\u0180-\u024F\u1E00-\u1EFF\u2C60-\u2C7F\uA720-\uA7FF]/;

/** Latin-1 and Extended-A letters that fold to each ASCII letter; built once on first use. */
let variants: Map<string, string> | null = null;

function letterVariants(): Map<string, string> {
  if (variants) return variants;
  const found = new Map<string, Set<string>>();
  for (let cp = 0x00c0; cp <= 0x017f; cp++) {
    const ch = String.fromCodePoint(cp);
    const f = foldString(ch);
    if (f.length === 1 && f >= 'a' && f <= 'z') {
      let set = found.get(f);
      if (!set) found.set(f, (set = new Set()));
      set.add(ch);
    }
  }
  variants = new Map([...found].map(([k, v]) => [k, [...v].join('')]));
  return variants;
}

function letterClass(c: string): string {
  if (c >= 'a' && c <= 'z') return `[${c}${letterVariants().get(c) ?? ''}]`;
  if (c >= '0' && c <= '9') return c;
  return `\\u{${c.codePointAt(0)!.toString(16)}}`;
}

/** The folded anchor of an alias: up to six leading letters of its longest word. */
export function anchorOf(alias: string): string {
  const words = foldString(alias).split(' ');
  let best = '';
  for (const w of words) {
    const m = /^[a-z0-9]+/.exec(w);
    const lead = m ? m[0] : '';
    if (lead.length > best.length) best = lead;
  }
  return best.slice(0, ANCHOR_LENGTH);
}

/**
 * A case-insensitive regex finding any of the aliases' anchors in unfolded text, or null
 * when some alias has no usable anchor (then everything must be folded).
 */
export function buildPrefilter(aliases: readonly string[]): RegExp | null {
  const anchors = new Set<string>();
  for (const a of aliases) {
    const anchor = anchorOf(a);
    if (!anchor) return null;
    anchors.add(anchor);
  }
  if (anchors.size === 0) return null;
  const parts = [...anchors].map((a) => [...a].map(letterClass).join(IGNORABLE));
  return new RegExp(parts.join('|'), 'giu');
}

/**
 * Blocks of `text` (as [start, end) pairs, in order) that contain a prefilter hit, or null
 * when the text must be folded whole. `blockAt(i)` gives the block around offset i.
 */
export function candidateBlocks(
  text: string,
  prefilter: RegExp,
  blockAt: (i: number) => { start: number; end: number },
): Array<{ start: number; end: number }> | null {
  if (RARE_LATIN.test(text)) return null;
  const out: Array<{ start: number; end: number }> = [];
  prefilter.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = prefilter.exec(text))) {
    const block = blockAt(m.index);
    const last = out[out.length - 1];
    if (last && block.start <= last.end) last.end = Math.max(last.end, block.end);
    else out.push(block);
    // Nothing more to learn in this block.
    prefilter.lastIndex = Math.max(block.end, m.index + 1);
  }
  return out;
}

/**
 * Characters that folding turns into the space between two words of an alias: whitespace,
 * dashes and the other space-like characters of fold.ts.
 */
export const SEPARATOR =
  '[\\t-\\r \\-\\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2010-\\u2015\\u2028\\u2029\\u202F\\u205F\\u2212\\u3000\\uFE58\\uFE63\\uFF0D]+';

/**
 * Every character outside ASCII and a short list of punctuation and symbols whose folded form is
 * itself (or one space, for the separators above): no letter or digit, never dropped. A block
 * holding none of them folds like lower-casing with separator runs made one space, so an alias
 * can be searched for in it whole, with a plain case-insensitive regex, without folding it.
 * Blocks with one of these characters (accents, marks, soft hyphens, other scripts, emoji) take
 * the anchor regex of `buildPrefilter`, exactly as before.
 */
const UNUSUAL =
  // eslint-disable-next-line no-control-regex -- ASCII, control characters included, is usual
  /[^\x00-\x7F\u00A0-\u00AC\u00AE-\u00BF\u00D7\u00F7\u2000-\u200A\u2010-\u2027\u2030-\u205F\u20A0-\u20C0\u2190-\u23FF\u2500-\u27BF\u3000\uFE58\uFE63\uFF0D]/g;

export interface BlockFilter {
  /** See candidateBlocks: the same blocks wherever an alias can occur, found faster. */
  blocks(
    text: string,
    blockAt: (i: number) => { start: number; end: number },
  ): Array<{ start: number; end: number }> | null;
}

/**
 * A prefilter that finds the blocks `candidateBlocks` would find among those holding an alias,
 * and usually far fewer others: in plain-text blocks (no UNUSUAL character) it looks for whole
 * aliases (any case, any separator run between words) instead of anchors, so a page that says
 * "Mexico" a thousand times folds only the blocks that name the policy. Null when some alias
 * has no anchor (everything must be folded). The regexes are compiled on first use.
 */
export function buildBlockFilter(aliases: readonly string[]): BlockFilter | null {
  const folded = aliases.map((a) => foldString(a));
  if (folded.some((f) => !anchorOf(f))) return null;
  let anchors: RegExp | null | undefined;
  const anchorRegex = () => (anchors === undefined ? (anchors = buildPrefilter(aliases)) : anchors);
  // Aliases folded to other than ASCII letters, digits and spaces: plain blocks cannot be
  // searched for them this way; every block then takes the anchor regex.
  const plain = folded.every((f) => /^[a-z0-9 ]+$/.test(f));
  let whole: RegExp | null = null;
  const wholeRegex = () =>
    (whole ??= new RegExp([...new Set(folded)].map((f) => f.split(' ').join(SEPARATOR)).join('|'), 'gi'));
  return {
    blocks(text, blockAt) {
      if (!plain) return candidateBlocks(text, anchorRegex()!, blockAt);
      type Span = { start: number; end: number };
      // Blocks with an unusual character, in order (each once). Rare Latin letters are
      // unusual too: where there is one, the whole text is folded (see candidateBlocks).
      const unusual: Span[] = [];
      UNUSUAL.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = UNUSUAL.exec(text))) {
        const block = blockAt(m.index);
        const next = Math.max(block.end, m.index + 1);
        if (RARE_LATIN.test(text.slice(m.index, next))) return null;
        unusual.push(block);
        UNUSUAL.lastIndex = next;
      }
      const out: Span[] = [];
      let k = 0;
      const takeUnusualBefore = (pos: number) => {
        // Unusual blocks that start before `pos`: the anchor regex decides, on the block alone.
        for (; k < unusual.length && unusual[k]!.start < pos; k++) {
          const b = unusual[k]!;
          const re = anchorRegex()!;
          re.lastIndex = 0;
          if (re.test(text.slice(b.start, b.end))) push(b);
        }
      };
      const push = (b: Span) => {
        const last = out[out.length - 1];
        if (last && b.start <= last.end) last.end = Math.max(last.end, b.end);
        else out.push({ start: b.start, end: b.end });
      };
      const re = wholeRegex();
      re.lastIndex = 0;
      while ((m = re.exec(text))) {
        const block = blockAt(m.index);
        takeUnusualBefore(block.start);
        const u = unusual[k];
        if (!(u && u.start === block.start)) push(block);
        re.lastIndex = Math.max(block.end, m.index + 1);
      }
      takeUnusualBefore(Infinity);
      return out;
    },
  };
}
