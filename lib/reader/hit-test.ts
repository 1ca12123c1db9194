/**
 * Which mention is under the pointer. The browser's highlightsFromPoint costs milliseconds on
 * long pages, so instead: caretPositionFromPoint (or caretRangeFromPoint) gives a text node and
 * offset, and an own node -> spans map answers in O(spans in that node). A range's client rects
 * are read only for the one candidate, to reject a caret snapped to the nearest text.
 */

export interface Span {
  index: number;
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
}

interface NodeSpan {
  index: number;
  from: number;
  to: number;
}

export class HitIndex {
  private byNode = new WeakMap<Text, NodeSpan[]>();

  constructor(private readonly doc: Document) {}

  add(span: Span): void {
    const push = (node: Text, from: number, to: number) => {
      let list = this.byNode.get(node);
      if (!list) this.byNode.set(node, (list = []));
      list.push({ index: span.index, from, to });
    };
    if (span.startNode === span.endNode) {
      push(span.startNode, span.startOffset, span.endOffset);
      return;
    }
    // A mention split across inline elements covers every text node between its ends.
    const walker = this.doc.createTreeWalker(this.doc.body ?? this.doc.documentElement, 4 /* SHOW_TEXT */);
    walker.currentNode = span.startNode;
    push(span.startNode, span.startOffset, span.startNode.data.length);
    for (
      let n = walker.nextNode() as Text | null;
      n && n !== span.endNode;
      n = walker.nextNode() as Text | null
    ) {
      push(n, 0, n.data.length);
    }
    push(span.endNode, 0, span.endOffset);
  }

  clear(): void {
    this.byNode = new WeakMap();
  }

  /** The mention index at a caret position, or -1. */
  at(node: Node, offset: number): number {
    if (node.nodeType !== 3) return -1;
    const list = this.byNode.get(node as Text);
    if (!list) return -1;
    for (const s of list) if (offset >= s.from && offset <= s.to) return s.index;
    return -1;
  }
}

export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (d.caretPositionFromPoint) {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = d.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

export function rangeContainsPoint(range: Range, x: number, y: number, slop = 1): boolean {
  const rects = range.getClientRects();
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i]!;
    if (x >= r.left - slop && x <= r.right + slop && y >= r.top - slop && y <= r.bottom + slop) return true;
  }
  return false;
}
