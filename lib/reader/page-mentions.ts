/**
 * The mentions on a live page: found by one page scan (lib/detect/page-scan.ts), kept as live
 * Ranges in document order, painted by the highlighter and indexed for hover hit-testing. Later DOM
 * changes arrive as batches of added roots (see dom-watch.ts) and are scanned alone.
 */
import type { Highlighter } from './highlighter';
import { HitIndex } from './hit-test';
import { outermost } from '../detect/outermost';
import { MENTION_HIGHLIGHT } from './settings';

/** A mention found in the DOM, by its text-node boundaries (detect's PageHit, as the reader keeps it). */
export interface PageHit {
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
  topic: string;
}

export interface Scanner {
  /** Forgets what earlier scans learnt (a full scan starts over). */
  reset?(): void;
  /** Hits under the roots (disjoint elements), in document order. */
  scan(roots: Element[]): PageHit[];
  /**
   * The same in slices, for full scans and large batches: `pause` is awaited between pieces of
   * work and says whether to give up (then null). `onBatch`, when given, receives provisional
   * hits as the scan goes, in document order (page-scan.ts PageScanOptions.onBatch).
   */
  scanSliced(
    roots: Element[],
    pause: () => Promise<boolean>,
    onBatch?: (hits: readonly PageHit[]) => void,
  ): Promise<PageHit[] | null>;
}

/** Work between two yields to the page: well under the 50 ms of a long task, even cold. */
const SLICE_MS = 12;

export interface TrackedMention {
  range: Range;
  topic: string;
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

/** The connected element around a dead mention's Range, to rescan (none when it is gone). */
function hostOf(r: Range): Element[] {
  const host = r.commonAncestorContainer;
  const el = host.nodeType === 1 ? (host as Element) : host.parentElement;
  return el?.isConnected ? [el] : [];
}

/** A hit's Range in `doc`. */
function rangeOf(doc: Document): (h: PageHit) => Range {
  return (h) => {
    const range = doc.createRange();
    range.setStart(h.startNode, h.startOffset);
    range.setEnd(h.endNode, h.endOffset);
    return range;
  };
}

export function yieldToBrowser(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (s?.yield) return s.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Mentions tracked on one page, at most (the first ones in document order). */
export const MAX_MENTIONS = 2000;

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
    this.scanner.reset?.();
    const roots = [this.doc.body ?? this.doc.documentElement];
    // The top of a long page is painted as soon as its batch is judged, not when the last one
    // is: the first highlight shows a frame later, and the page yields to paint it. Only with
    // the Highlight API: the <mark> fallback splits text nodes that later batches point into.
    let painted = 0;
    const pause = this.pauser(gen, signal, () => painted > 0);
    const paintBatch = (batch: readonly PageHit[]) => {
      if (signal?.aborted || gen !== this.generation || painted >= MAX_MENTIONS) return;
      const some = batch.slice(0, MAX_MENTIONS - painted);
      this.highlighter.add(MENTION_HIGHLIGHT, some.map(rangeOf(this.doc)));
      painted += some.length;
    };
    const hits = await this.scanner.scanSliced(
      roots,
      pause,
      this.highlighter.native ? paintBatch : undefined,
    );
    if (!hits || gen !== this.generation) return false;
    // The scan's own hits replace the provisional ones (a batch may have been judged again).
    this.highlighter.clear(MENTION_HIGHLIGHT);
    this.addHits(hits);
    return true;
  }

  /**
   * Drops mentions whose text the page's styles hide (a collapsed menu, a mobile-only copy).
   * Asked once the page has been styled after a scan: computing style earlier, right after the
   * ::highlight() sheet was adopted, would make the browser restyle the whole page at once.
   * Returns the hidden elements whose mentions were dropped (empty if the list did not change).
   */
  pruneHidden(isHidden: (el: Element) => boolean, within?: readonly Element[]): Element[] {
    const cache = new Map<Element, boolean>();
    const hidden = (node: Node) => {
      const el = node.parentElement;
      if (!el) return false;
      let h = cache.get(el);
      if (h === undefined) cache.set(el, (h = isHidden(el)));
      return h;
    };
    // After a batch, only its own mentions: others were judged when they came, and one the page
    // hid since (a tab, an accordion) must still be there when it shows again.
    const roots = within && new Set<Node>(within);
    const judged = (r: Range) => {
      if (!roots) return true;
      for (let n: Node | null = r.startContainer; n; n = n.parentNode) if (roots.has(n)) return true;
      return false;
    };
    const kept = this.items.filter(
      (m) => !judged(m.range) || (!hidden(m.range.startContainer) && !hidden(m.range.endContainer)),
    );
    if (kept.length === this.items.length) return [];
    this.items = kept;
    this.repaint();
    return [...cache].filter(([, h]) => h).map(([el]) => el);
  }

  /**
   * Yields to the page every SLICE_MS, and once as soon as `painted` first says so (the first
   * highlights then reach the screen without waiting for a slice to end); says to give up once
   * aborted or superseded.
   */
  private pauser(gen: number, signal?: AbortSignal, painted?: () => boolean): () => Promise<boolean> {
    let sliceStart = performance.now();
    let shown = false;
    return async () => {
      const firstPaint = !shown && !!painted?.();
      if (firstPaint) shown = true;
      if (firstPaint || performance.now() - sliceStart > SLICE_MS) {
        await yieldToBrowser();
        sliceStart = performance.now();
      }
      return !!signal?.aborted || gen !== this.generation;
    };
  }

  /** Scans added or changed subtrees; drops mentions whose text went away. Returns true if the list changed. */
  scanRoots(changed: Element[]): boolean {
    if (this.pending) {
      // A full scan is running: its later slices may hold these roots; replay them after it.
      this.pending.push(...changed);
      return false;
    }
    return this.applyRoots(changed, (outer) => this.scanner.scan(outer));
  }

  /**
   * scanRoots for a large batch (one big subtree, a re-rendered article): the detector runs in
   * slices, so no task grows long, while mentions elsewhere, the popover and the page's context
   * stay as they are. Batches that arrive meanwhile wait and are scanned after it.
   */
  async scanRootsSliced(changed: Element[], signal?: AbortSignal): Promise<boolean> {
    if (this.pending) {
      this.pending.push(...changed);
      return false;
    }
    const gen = this.generation;
    // The roots scanRoots would scan: the changed ones and the blocks of mentions whose text went.
    const roots = [...changed];
    for (const m of this.items) if (!isLive(m.range)) roots.push(...hostOf(m.range));
    const outer = outermost(roots.filter((r) => r.isConnected));
    this.pending = [];
    const hits = await this.scanner.scanSliced(outer, this.pauser(gen, signal));
    // A full scan took over: it owns `pending` now and covers these roots.
    if (gen !== this.generation) return false;
    const replay = this.pending;
    this.pending = null;
    let changedList = false;
    if (hits) {
      // Text removed during the slices went with its nodes; what was added is in `replay`.
      const alive = hits.filter((h) => h.startNode.isConnected && h.endNode.isConnected);
      changedList = this.applyRoots(roots, () => alive);
    }
    if (replay.length && this.scanRoots(replay)) changedList = true;
    return changedList;
  }

  private applyRoots(changed: Element[], detect: (outer: Element[]) => PageHit[]): boolean {
    const roots = [...changed];
    const before = this.items.length;
    const alive = this.items.filter((m) => {
      if (isLive(m.range)) return true;
      // Text removed under a mention moves its boundary to an element: rescan that block.
      roots.push(...hostOf(m.range));
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
    // The scanner takes disjoint roots: one inside another is scanned with it.
    const outer = outermost(roots.filter((r) => r.isConnected));
    const added = outer.length ? detect(outer) : [];
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
  private addHits(all: PageHit[], sort = false): void {
    // A page that repeats the name thousands of times gets the first MAX_MENTIONS of them: each is
    // a live Range, a highlight, a prefetched passage and a sidebar row.
    const hits = all.slice(0, Math.max(0, MAX_MENTIONS - this.items.length));
    if (hits.length === 0) return;
    const ranges: Range[] = [];
    const added: TrackedMention[] = [];
    const toRange = rangeOf(this.doc);
    for (const h of hits) {
      const range = toRange(h);
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
