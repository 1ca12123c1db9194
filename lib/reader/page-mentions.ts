/**
 * The mentions on a live page: scanned in slices so no task runs long, kept as live Ranges in
 * document order, painted by the highlighter and indexed for hover hit-testing. Later DOM
 * changes arrive as batches of added roots (see dom-watch.ts) and are scanned alone.
 */
import type { Highlighter } from './highlighter';
import { HitIndex } from './hit-test';

export interface ScanHit {
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
  topic: string;
}

export interface Scanner {
  /** Called once before a full scan, with the root about to be scanned in slices. */
  prepare?(root: Element): void;
  scan(root: Element): ScanHit[];
}

export interface TrackedMention {
  range: Range;
  topic: string;
}

export const MENTION_HIGHLIGHT = 'mpp-mention';

/** Text length of a slice: large enough to amortise, small enough to keep each task well under 50 ms. */
const SLICE_CHARS = 40_000;
const SLICE_MS = 12;

/**
 * Text length (textContent.length) of every element under and including `root`, in one walk.
 * Reading textContent top-down would build the page's text once per level of nesting.
 */
function textLengths(root: Element): Map<Element, number> {
  const lengths = new Map<Element, number>();
  const sums: number[] = [0];
  let node: Node | null = root;
  while (node) {
    if (node.nodeType === 3) sums[sums.length - 1]! += (node as Text).data.length;
    else if (node.nodeType === 1) {
      const child: Node | null = node.firstChild;
      if (child) {
        sums.push(0);
        node = child;
        continue;
      }
      lengths.set(node as Element, 0);
    }
    // Leave the node: close every element that ends here.
    while (node) {
      if (node === root) {
        node = null;
        break;
      }
      const next: Node | null = node.nextSibling;
      if (next) {
        node = next;
        break;
      }
      node = node.parentNode;
      if (node) {
        const len = sums.pop()!;
        lengths.set(node as Element, len);
        sums[sums.length - 1]! += len;
      }
    }
  }
  return lengths;
}

/** Splits a root into subtrees of at most about `max` characters, in document order. */
export function partition(root: Element, max = SLICE_CHARS): Element[] {
  const out: Element[] = [];
  const lengths = textLengths(root);
  const visit = (el: Element) => {
    const len = lengths.get(el) ?? 0;
    if (len <= max || el.children.length === 0) {
      if (len > 0) out.push(el);
      return;
    }
    // Text directly inside a large element (between its child elements) still needs scanning:
    // such an element is scanned whole when it has loose text of its own.
    for (const n of el.childNodes) {
      if (n.nodeType === 3 && /\S/.test((n as Text).data)) {
        out.push(el);
        return;
      }
    }
    for (const child of el.children) visit(child);
  };
  visit(root);
  return out;
}

/** A mention's Range still covers text: both ends in connected text nodes, not collapsed. */
function isLive(r: Range): boolean {
  return (
    !r.collapsed &&
    r.startContainer.nodeType === 3 &&
    r.endContainer.nodeType === 3 &&
    r.startContainer.isConnected &&
    r.endContainer.isConnected
  );
}

export function yieldToBrowser(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (s?.yield) return s.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export class PageMentions {
  items: TrackedMention[] = [];
  readonly hits: HitIndex;
  private generation = 0;
  /** Roots that changed while a full scan was running: replayed when it ends. */
  private pending: Element[] | null = null;

  constructor(
    private readonly doc: Document,
    private readonly scanner: Scanner,
    private readonly highlighter: Highlighter,
  ) {
    this.hits = new HitIndex(doc);
  }

  /**
   * Full scan in slices; a newer call supersedes an older one still running. Resolves true when
   * this scan finished (false when it was superseded or aborted).
   */
  async scanAll(signal?: AbortSignal): Promise<boolean> {
    const gen = ++this.generation;
    this.pending = [];
    const done = await this.scanAllSlices(gen, signal);
    if (gen !== this.generation) return false;
    const replay = this.pending ?? [];
    this.pending = null;
    if (done && replay.length) this.scanRoots(replay);
    return done;
  }

  private async scanAllSlices(gen: number, signal?: AbortSignal): Promise<boolean> {
    this.reset();
    // Start in a task of its own: the caller's task may already be long (the content script
    // builds its matcher just before the first scan).
    await yieldToBrowser();
    if (signal?.aborted || gen !== this.generation) return false;
    const root = this.doc.body ?? this.doc.documentElement;
    let sliceStart = performance.now();
    /** Yields when the current slice is used up; true when this scan was superseded meanwhile. */
    const pause = async (): Promise<boolean> => {
      if (performance.now() - sliceStart > SLICE_MS) {
        await yieldToBrowser();
        sliceStart = performance.now();
      }
      return !!signal?.aborted || gen !== this.generation;
    };
    // The page-wide pre-pass and the partition each cost a slice on a large page: yield after each.
    this.scanner.prepare?.(root);
    if (await pause()) return false;
    const parts = partition(root);
    if (await pause()) return false;
    for (const part of parts) {
      this.addHits(this.scanner.scan(part));
      if (await pause()) return false;
    }
    return true;
  }

  /** Scans added or changed subtrees; drops mentions whose text went away. Returns true if the list changed. */
  scanRoots(changed: Element[]): boolean {
    if (this.pending) {
      // A full scan is running: its later slices may hold these roots; replay them after it.
      this.pending.push(...changed);
      return false;
    }
    const roots = [...changed];
    const before = this.items.length;
    const alive = this.items.filter((m) => {
      if (isLive(m.range)) return true;
      // Text removed under a mention moves its boundary to an element: rescan that block.
      const host = m.range.commonAncestorContainer;
      const el = host.nodeType === 1 ? (host as Element) : host.parentElement;
      if (el?.isConnected) roots.push(el);
      return false;
    });
    const removed = alive.length !== before;
    if (removed) {
      this.items = alive;
      this.repaint();
    }
    // A changed root may already hold mentions: drop those inside it before rescanning. Roots
    // that all follow the last mention (content appended below) cannot hold any; otherwise one
    // climb per mention through a set of the roots, not a contains() per mention and root.
    let rescanned = false;
    if (!this.allAfterLast(roots)) {
      const rootSet = new Set<Node>(roots);
      const inside = (r: Range) => {
        for (let n: Node | null = r.startContainer; n; n = n.parentNode) if (rootSet.has(n)) return true;
        return false;
      };
      const kept = this.items.filter((m) => !inside(m.range));
      rescanned = kept.length !== this.items.length;
      if (rescanned) this.items = kept;
    }
    const added: ScanHit[] = [];
    for (const root of roots) if (root.isConnected) added.push(...this.scanner.scan(root));
    if (added.length === 0 && !rescanned) return removed;
    this.addHits(added, true);
    if (rescanned) this.repaint();
    return true;
  }

  /** Does every root come after the start of the last mention (items are in document order)? */
  private allAfterLast(roots: Element[]): boolean {
    const last = this.items[this.items.length - 1];
    if (!last) return true;
    const node = last.range.startContainer;
    // FOLLOWING without CONTAINS: the root starts after the node and is not its ancestor.
    return roots.every((root) => (node.compareDocumentPosition(root) & 0x0c) === 0x04);
  }

  reset(): void {
    this.items = [];
    this.hits.clear();
    this.highlighter.clear(MENTION_HIGHLIGHT);
  }

  /**
   * Adds hits in document order among themselves (a scan's output). With `sort`, they may land
   * anywhere among the existing items; the list is re-sorted and re-indexed only when they do
   * not simply follow the last one (an infinite-scroll append does).
   */
  private addHits(hits: ScanHit[], sort = false): void {
    if (hits.length === 0) return;
    const ranges: Range[] = [];
    const added: TrackedMention[] = [];
    for (const h of hits) {
      const range = this.doc.createRange();
      range.setStart(h.startNode, h.startOffset);
      range.setEnd(h.endNode, h.endOffset);
      ranges.push(range);
      added.push({ range, topic: h.topic });
    }
    this.highlighter.add(MENTION_HIGHLIGHT, ranges);
    const order = (a: TrackedMention, b: TrackedMention) =>
      a.range.compareBoundaryPoints(Range.START_TO_START, b.range);
    if (sort) added.sort(order);
    const last = this.items[this.items.length - 1];
    if (!sort || !last || order(last, added[0]!) <= 0) {
      const first = this.items.length;
      this.items.push(...added);
      added.forEach((m, i) => this.index(m, first + i));
      return;
    }
    this.items.push(...added);
    this.items.sort(order);
    this.reindex();
  }

  private repaint(): void {
    this.highlighter.set(
      MENTION_HIGHLIGHT,
      this.items.map((m) => m.range),
    );
    this.reindex();
  }

  private reindex(): void {
    this.hits.clear();
    this.items.forEach((m, index) => this.index(m, index));
  }

  private index(m: TrackedMention, index: number): void {
    if (!isLive(m.range)) return;
    this.hits.add({
      index,
      startNode: m.range.startContainer as Text,
      startOffset: m.range.startOffset,
      endNode: m.range.endContainer as Text,
      endOffset: m.range.endOffset,
    });
  }
}
