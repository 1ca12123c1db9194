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

/** Characters that folding deletes inside a word. */
const IGNORABLE = '[\\u00AD\\u200B-\\u200D\\u2060\\uFEFF\\u0300-\\u036F]*';
const ANCHOR_LENGTH = 6;

/** Precomposed Latin letters outside the anchor classes (see the module comment). */
const RARE_LATIN = /[\u0180-\u024F\u1E00-\u1EFF\u2C60-\u2C7F\uA720-\uA7FF]/;

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
