import { blockOf, visibleText, type VisibleText } from '../detect/visible-text';

/**
 * The sentence around [start, end) of a block-joined text: bounded by the block's line breaks
 * and by sentence punctuation followed by a space. Used for the sidebar's mention list and as
 * the passage that ranks facts for a popover.
 */
const MAX = 400;
/** A full stop after these is an abbreviation ("U.S. officials", "Mr. López"), not a sentence end. */
const ABBREVIATION =
  /(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|Sr|Sra|Jr|Gen|Gov|Sen|Rep|Lt|Col|No|vs|etc|approx|Dept|Inc|Corp|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec))$/;

function endsSentence(text: string, dot: number): boolean {
  if (text[dot] !== '.') return true;
  return !ABBREVIATION.test(text.slice(Math.max(0, dot - 8), dot));
}

/** A sentence end seen from the start of the next sentence: punctuation, a closing quote, a space. */
const END_BEFORE_SPACE = /[.!?]["”’)]?\s/g;
/** Where a sentence may end going forward: punctuation, or the block's edge. */
const END_OR_EDGE = /[\n.!?]/g;
const CLOSING = /["”’)]/;
const SPACE = /\s/;

/**
 * The sentence around [start, end): back to the last sentence end or line break within MAX
 * characters, forward to the next. Regex scans over the window, not a test per character: a
 * megabyte page with hundreds of mentions asks for hundreds of sentences at once.
 */
export function sentenceAround(text: string, start: number, end: number): string {
  const floor = Math.max(0, start - MAX);
  let from = Math.max(floor, text.lastIndexOf('\n', start - 1) + 1);
  END_BEFORE_SPACE.lastIndex = from;
  for (
    let m = END_BEFORE_SPACE.exec(text);
    m && m.index + m[0].length <= start;
    m = END_BEFORE_SPACE.exec(text)
  ) {
    // The space must lie before the mention's start, and the punctuation must end a sentence.
    if (endsSentence(text, m.index)) from = m.index + m[0].length;
    END_BEFORE_SPACE.lastIndex = m.index + 1;
  }
  let to = Math.min(text.length, end + MAX);
  END_OR_EDGE.lastIndex = end;
  for (let m = END_OR_EDGE.exec(text); m && m.index < to; m = END_OR_EDGE.exec(text)) {
    if (m[0] === '\n') {
      to = m.index;
      break;
    }
    if (!endsSentence(text, m.index)) continue;
    // a closing quote after the full stop belongs to the sentence
    let q = m.index + 1;
    while (q < text.length && CLOSING.test(text[q]!)) q++;
    if (q >= text.length || SPACE.test(text[q]!)) {
      to = q;
      break;
    }
  }
  return text.slice(from, to).replace(/\s+/g, ' ').trim();
}

/**
 * The sentence around a mention's range, read from its own block (the nearest block ancestor)
 * rather than from the whole page: the same text sentenceAround gives on the page's block-joined
 * text, since a sentence never crosses a block edge. `blocks` caches each block's text for the
 * mentions that share it.
 */
export interface BlockTexts {
  get(block: Element): { vt: VisibleText; index: Map<Node, number> } | undefined;
  set(block: Element, value: { vt: VisibleText; index: Map<Node, number> }): unknown;
}

export function sentenceOfRange(range: Range, blocks: BlockTexts): string {
  const doc = range.startContainer.ownerDocument;
  if (!doc) return range.toString();
  const block = blockOf(range.startContainer, doc.documentElement);
  let cached = blocks.get(block);
  if (!cached) {
    const vt = visibleText(block);
    cached = { vt, index: new Map(vt.nodes.map((n, i) => [n, i])) };
    blocks.set(block, cached);
  }
  const { vt, index } = cached;
  const at = (node: Node, offset: number) => {
    const i = index.get(node);
    return i === undefined ? -1 : vt.starts[i]! + offset;
  };
  const start = at(range.startContainer, range.startOffset);
  const end = at(range.endContainer, range.endOffset);
  if (start < 0 || end < start) return range.toString();
  return sentenceAround(vt.text, start, end);
}
