/**
 * Between DOM points and offsets in the page's visible text (lib/detect/visible-text.ts): where a
 * mention or the selection sits, as the sidebar and the notes see it. Pure of state.
 */
import type { MentionView, SelectionView } from '../messaging/contract';
import { describe } from '../anchor/selectors';
import { domPoint, type VisibleText } from '../detect/visible-text';
import { sentenceAround } from './sentence';

/** Each text node's place in the visible text's node list. */
export function nodeIndex(vt: VisibleText): Map<Text, number> {
  return new Map(vt.nodes.map((n, i) => [n, i]));
}

/** Text offset of a DOM point in a text node, or -1 when that node is not visible text. */
export function offsetOf(vt: VisibleText, index: Map<Text, number>, node: Node, offset: number): number {
  const i = index.get(node as Text);
  return i === undefined ? -1 : vt.starts[i]! + offset;
}

/** A passage as TextQuote and TextPosition selectors say it (lib/anchor's describe), flattened. */
export function passageAt(text: string, start: number, end: number): SelectionView {
  const { quote, position } = describe(text, start, end);
  return {
    exact: quote.exact,
    prefix: quote.prefix,
    suffix: quote.suffix,
    start: position.start,
    end: position.end,
  };
}

/** The DOM range of a span of the visible text, or null when either end is not in it. */
export function rangeAt(doc: Document, vt: VisibleText, start: number, end: number): Range | null {
  const a = domPoint(vt, start, 'start');
  const b = domPoint(vt, end, 'end');
  if (!a || !b) return null;
  const r = doc.createRange();
  r.setStart(a.node, a.offset);
  r.setEnd(b.node, b.offset);
  return r;
}

/** The mentions as the sidebar lists them: passage, topic and sentence, in the visible text. */
export function mentionViews(
  vt: VisibleText,
  items: ReadonlyArray<{ range: Range; topic: string }>,
): MentionView[] {
  const index = nodeIndex(vt);
  const out: MentionView[] = [];
  items.forEach((m, i) => {
    const start = offsetOf(vt, index, m.range.startContainer, m.range.startOffset);
    const end = offsetOf(vt, index, m.range.endContainer, m.range.endOffset);
    if (start < 0 || end < start) return;
    out.push({
      index: i,
      ...passageAt(vt.text, start, end),
      topic: m.topic,
      sentence: sentenceAround(vt.text, start, end),
    });
  });
  return out;
}

/** A selection's range as a passage of the visible text, or null when it holds none of it. */
export function selectionIn(vt: VisibleText, r: Range): SelectionView | null {
  const index = nodeIndex(vt);
  const start = pointOffset(vt, index, r.startContainer, r.startOffset, 'start');
  const end = pointOffset(vt, index, r.endContainer, r.endOffset, 'end');
  if (start < 0 || end <= start) return null;
  return passageAt(vt.text, start, end);
}

/**
 * A selection boundary may sit on an element (triple-click) rather than a text node: resolve it
 * to the nearest text node offset in the visible text.
 */
export function pointOffset(
  vt: VisibleText,
  index: Map<Text, number>,
  container: Node,
  offset: number,
  edge: 'start' | 'end',
): number {
  if (container.nodeType === 3) return offsetOf(vt, index, container, offset);
  const doc = container.ownerDocument ?? (container as Document);
  const walker = doc.createTreeWalker(container, 4);
  const child = container.childNodes[offset] ?? null;
  if (edge === 'start') {
    if (child) walker.currentNode = child;
    for (let n: Node | null = child?.nodeType === 3 ? child : walker.nextNode(); n; n = walker.nextNode()) {
      const i = index.get(n as Text);
      if (i !== undefined) return vt.starts[i]!;
    }
    return -1;
  }
  let last = -1;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (child && (child.compareDocumentPosition(n) & 4 /* FOLLOWING */ || child === n)) break;
    const i = index.get(n as Text);
    if (i !== undefined) last = vt.starts[i]! + (n as Text).data.length;
  }
  return last;
}
