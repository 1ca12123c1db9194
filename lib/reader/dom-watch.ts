/**
 * Watches a page for content changes without doing work in the observer callback: added and
 * changed nodes are only queued, then handed over in idle-time batches. Past a threshold (an
 * infinite-scroll dump, a framework re-render) the batch asks for a full, sliced rescan instead.
 */
import { outermost } from '../detect/outermost';

export interface DomWatchOptions {
  /** Nodes the extension owns (the popover host): their mutations are ignored. */
  ignore(node: Node): boolean;
  onBatch(roots: Element[]): void;
  onFlood(): void;
  /** Queued roots past which a batch becomes a full, sliced rescan (an infinite-scroll dump). */
  floodThreshold?: number;
  /**
   * A batch whose roots hold more elements than `largeBatch` (one big subtree: a client-rendered
   * article, a swapped <main>), to be scanned in slices rather than in one task; onFlood without it.
   */
  onLargeBatch?(roots: Element[]): void;
  largeBatch?: number;
}

type IdleWindow = Window & {
  requestIdleCallback?: (cb: () => void, opts?: { timeout: number }) => number;
};

export interface DomWatch {
  /**
   * Runs `change` (the extension's own DOM writes: <mark> highlights where the Highlight API is
   * missing) without its mutations coming back as page changes, which would rescan and repaint
   * those marks for ever. The page's changes from before it are still taken.
   */
  quiet<T>(change: () => T): T;
}

export function watchDom(doc: Document, opts: DomWatchOptions, signal: AbortSignal): DomWatch {
  const win = doc.defaultView as IdleWindow | null;
  if (!win) return { quiet: (change) => change() };
  const threshold = opts.floodThreshold ?? 1000;
  const elementThreshold = opts.largeBatch ?? 3000;
  let queue = new Set<Element>();
  let flooded = false;
  let scheduled = false;
  let pruneOwed = false;

  const flush = () => {
    scheduled = false;
    if (signal.aborted) return;
    if (flooded) {
      flooded = false;
      queue = new Set();
      opts.onFlood();
      return;
    }
    // Keep only outermost roots: a subtree inside another queued one is scanned with it.
    const outer = outermost([...queue].filter((el) => el.isConnected));
    queue = new Set();
    // A live collection's length is counted natively, without a walk in JavaScript (linkedom's
    // '*' collection is always empty: the static list stands in there).
    let elements = 0;
    for (const el of outer) {
      if (!el.firstElementChild) continue;
      elements += el.getElementsByTagName('*').length || el.querySelectorAll('*').length;
    }
    if (elements > elementThreshold) {
      pruneOwed = false;
      if (opts.onLargeBatch) opts.onLargeBatch(outer);
      else opts.onFlood();
      return;
    }
    if (outer.length || pruneOwed) opts.onBatch(outer);
    pruneOwed = false;
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    if (win.requestIdleCallback) win.requestIdleCallback(flush, { timeout: 300 });
    else setTimeout(flush, 50);
  };

  const take = (records: MutationRecord[]) => {
    for (const r of records) {
      if (opts.ignore(r.target)) continue;
      if (r.type === 'attributes') {
        // Revealed content (hidden removed, <details> opened) becomes visible text to scan.
        if (r.target.nodeType === 1) queue.add(r.target as Element);
      } else if (r.type === 'characterData') {
        const parent = r.target.parentElement;
        if (parent) queue.add(parent);
      } else {
        for (const n of r.addedNodes) {
          if (opts.ignore(n)) continue;
          if (n.nodeType === 1) queue.add(n as Element);
          else if (n.nodeType === 3 && n.parentElement) queue.add(n.parentElement);
        }
        // Removed text needs no scan: its live Ranges collapse, and the next batch drops them.
        if (r.removedNodes.length) pruneOwed = true;
      }
    }
    if (queue.size > threshold) flooded = true;
    if (queue.size || pruneOwed) schedule();
  };
  // The document's own window's (the page's, or linkedom's in tests).
  const Observer =
    (win as Window & { MutationObserver?: typeof MutationObserver }).MutationObserver ?? MutationObserver;
  const observer = new Observer(take);
  observer.observe(doc.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['hidden', 'open'],
  });
  signal.addEventListener('abort', () => observer.disconnect());
  return {
    quiet(change) {
      if (signal.aborted) return change();
      take(observer.takeRecords());
      try {
        return change();
      } finally {
        observer.takeRecords();
      }
    },
  };
}
