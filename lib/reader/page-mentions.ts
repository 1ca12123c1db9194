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

/** Splits a root into subtrees of at most about `max` characters, in document order. */
export function partition(root: Element, max = SLICE_CHARS): Element[] {
  const out: Element[] = [];
  const visit = (el: Element) => {
    const len = el.textContent?.length ?? 0;
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

export function yieldToBrowser(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (s?.yield) return s.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export class PageMentions {
  items: TrackedMention[] = [];
  readonly hits: HitIndex;
  private generation = 0;

  constructor(
    private readonly doc: Document,
    private readonly scanner: Scanner,
    private readonly highlighter: Highlighter,
  ) {
    this.hits = new HitIndex(doc);
  }

  /** Full scan in slices; a newer call supersedes an older one still running. */
  async scanAll(signal?: AbortSignal): Promise<void> {
    const gen = ++this.generation;
    const root = this.doc.body ?? this.doc.documentElement;
    this.reset();
    this.scanner.prepare?.(root);
    let sliceStart = performance.now();
    for (const part of partition(root)) {
      if (signal?.aborted || gen !== this.generation) return;
      this.addHits(this.scanner.scan(part));
      if (performance.now() - sliceStart > SLICE_MS) {
        await yieldToBrowser();
        sliceStart = performance.now();
      }
    }
  }

  /** Scans added or changed subtrees; drops mentions whose text went away. Returns true if the list changed. */
  scanRoots(roots: Element[]): boolean {
    const before = this.items.length;
    const alive = this.items.filter((m) => m.range.startContainer.isConnected && !m.range.collapsed);
    const removed = alive.length !== before;
    if (removed) {
      this.items = alive;
      this.repaint();
    }
    // A changed root may already hold mentions: drop those inside it before rescanning.
    const inside = (r: Range) => roots.some((root) => root.contains(r.startContainer));
    const kept = this.items.filter((m) => !inside(m.range));
    const rescanned = kept.length !== this.items.length;
    if (rescanned) this.items = kept;
    const added: ScanHit[] = [];
    for (const root of roots) if (root.isConnected) added.push(...this.scanner.scan(root));
    if (added.length === 0 && !rescanned) return removed;
    this.addHits(added, true);
    if (rescanned) this.repaint();
    return true;
  }

  reset(): void {
    this.items = [];
    this.hits.clear();
    this.highlighter.clear(MENTION_HIGHLIGHT);
  }

  private addHits(hits: ScanHit[], sort = false): void {
    if (hits.length === 0) return;
    const ranges: Range[] = [];
    for (const h of hits) {
      const range = this.doc.createRange();
      range.setStart(h.startNode, h.startOffset);
      range.setEnd(h.endNode, h.endOffset);
      ranges.push(range);
      this.items.push({ range, topic: h.topic });
    }
    this.highlighter.add(MENTION_HIGHLIGHT, ranges);
    if (sort) {
      this.items.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
    }
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
    this.items.forEach((m, index) =>
      this.hits.add({
        index,
        startNode: m.range.startContainer as Text,
        startOffset: m.range.startOffset,
        endNode: m.range.endContainer as Text,
        endOffset: m.range.endOffset,
      }),
    );
  }
}
