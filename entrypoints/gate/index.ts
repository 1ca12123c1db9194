/**
 * The script every http(s) page gets: a gate, kept small and cheap because most pages never
 * mention the policy. It loads the reader (entrypoints/reader-core.ts: detector, highlights,
 * popover, answers to the sidebar) only when the page's text could hold an alias (a small sieve,
 * then the aliases themselves: lib/detect/may-mention.ts) or when an extension page wakes it
 * (GateHandle: the sidebar's questions, notes on this page); until then it only watches added text.
 *
 * It is an unlisted script declared in the manifest (wxt.config.ts), not a WXT content script:
 * WXT's wrapper builds a context that binds the extension API, dispatches an event and posts a
 * message to the page before the first line of main() runs (about 1 ms of thread time, priced with
 * the bench's FLOOR_DIR, as much again for a runtime.onMessage listener; the gate's own work on a
 * page without an anchor is about 2 ms). For the same reason the extension API is looked up only
 * where it is used, and nothing listens for the sidebar until the reader loads.
 */
import { SETTINGS_KEY } from '../../lib/reader/settings';
import { GATE_GLOBAL, type GateHandle } from '../../lib/messaging/contract';
import { createMayMention } from '../../lib/detect/may-mention';
import { latin1Pivot } from '../../lib/detect/gate-pattern';
import { startEarlyPaint, type EarlyPaint } from '../../lib/reader/early-paint';
import { extensionApi } from './extension-api';
import { loadExtensionScript, ownObject } from './load-script';

type ReaderModule = typeof import('../reader-core').readerModule;

/** Added or changed nodes tested at once, inside the observer's callback. */
const SMALL_BATCH = 8;

type IdleWindow = Window & { requestIdleCallback?: (cb: () => void, opts?: { timeout: number }) => number };

/**
 * The pattern's parts, built at build time (wxt.config.ts) from the same pack and folding as the
 * reader's. The reader's full pivots are a file of their own, fetched where text past Latin-1 needs
 * them: every page parses this script. Its Latin-1 pivot is this pattern, handed over as it loads. At the top
 * level, not in main(): V8 scans a lazily compiled function's text twice, and this is most of it.
 */
const gateSpec = __MPP_GATE__;

export default defineUnlistedScript(() => {
  const world = globalThis as { [GATE_GLOBAL]?: GateHandle };
  // XML, SVG and plain-text documents have no body for a popover to sit on.
  if (!document.body) return;
  // Injected again by scripting.executeScript (a tab opened before install, say): one gate. Only
  // this world's own handle counts: a page's <div id="__mppGate"> is a window property too.
  if (ownObject(GATE_GLOBAL)) return;
  // A frame of the page's own origin (an embedded article, a srcdoc) is read like the page;
  // a frame of another origin (ads, video and social embeds) is left alone.
  if (!sameOriginAsTop()) return;

  let reader: Promise<true> | null = null;
  /**
   * Loads and starts the reader, once. `readSettings`: the gate's read of the stored settings,
   * sent just before the script's request (whose first call costs a few milliseconds of this
   * thread), since the early paint waits for it alone; the reader waits for the slower of the two,
   * not for both in turn, and decides with them whether to paint (paused, or off on this site, it
   * waits for the controls to allow it). `dropEarly` takes out what the gate painted early
   * (open()), once the reader no longer needs it.
   */
  const load = (readSettings?: () => Promise<unknown>, dropEarly?: () => void) => {
    if (!reader) {
      const settings = readSettings?.();
      const script = loadExtensionScript<ReaderModule>('/reader-core.js', '__mppReader');
      // Left unread when the script fails to load: no unhandled rejection for the page's console.
      settings?.catch(() => {});
      reader = script
        .then((mod) => mod.startReader(settings, latin1Pivot(gateSpec), dropEarly))
        .then(() => true as const);
      // A failed load (an extension update mid-page) may be retried by the next wake.
      reader.catch(() => {
        reader = null;
      });
    }
    return reader;
  };
  world[GATE_GLOBAL] = { wake: () => load() };

  const mayMention = createMayMention(gateSpec);

  if (mayMention(document.body.textContent ?? '')) open();
  else watchForAnchors();

  /**
   * Loads the reader, and paints the names it is sure of as soon as the settings allow, without
   * waiting for the reader's script (lib/reader/early-paint.ts). Chromium only: Firefox gets no
   * injected highlight sheet (wxt.config.ts), and the reader adopts one when it paints.
   */
  function open() {
    let earlyPaint: EarlyPaint | null = null;
    // Dropped before it was painted (the reader's script failed to load first): never painted.
    let dropped = false;
    const dropEarly = () => {
      dropped = true;
      earlyPaint?.drop();
    };
    void load(
      () =>
        extensionApi()
          .storage.local.get(SETTINGS_KEY)
          .then((stored) => {
            const settings = stored[SETTINGS_KEY] ?? null;
            if (!import.meta.env.FIREFOX && !dropped)
              earlyPaint = startEarlyPaint(document, gateSpec.earlyNames, settings, location.hostname);
            return settings;
          }),
      dropEarly,
    ).catch(dropEarly);
  }

  /** Added text is only queued; it is tested in idle time, and the first anchor loads the reader. */
  function watchForAnchors() {
    const win = window as IdleWindow;
    // A set: a page that rewrites the same node again and again queues it once per flush.
    let queue = new Set<Node>();
    let scheduled = false;
    const flush = () => {
      scheduled = false;
      const nodes = queue;
      queue = new Set();
      for (const n of nodes) {
        if (reader) return observer.disconnect();
        // The head's scripts and styles are no page text.
        if (!document.body?.contains(n)) continue;
        if (mayMention(n.textContent ?? '')) {
          observer.disconnect();
          // Updated or removed since this page loaded: this gate's extension is gone.
          if (extensionApi()?.runtime?.id) open();
          return;
        }
      }
    };
    const observer = new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'characterData') queue.add(r.target);
        else for (const n of r.addedNodes) queue.add(n);
      }
      // A few nodes (a ticker, a live score) are tested here and now: a task of its own for each
      // would cost more than the test. Larger batches wait for idle time.
      if (queue.size > 0 && queue.size <= SMALL_BATCH && !scheduled) return flush();
      if (queue.size && !scheduled) {
        scheduled = true;
        if (win.requestIdleCallback) win.requestIdleCallback(flush, { timeout: 500 });
        else setTimeout(flush, 100);
      }
    });
    // The whole document, not the body: some sites (Turbo, Barba) swap the <body> on navigation.
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  }
});

/** True in the top frame and in a frame whose document the top frame could read. */
function sameOriginAsTop(): boolean {
  if (window === window.top) return true;
  try {
    // Reading another origin's document throws (a sandboxed frame's too).
    return !!window.top?.document;
  } catch {
    return false;
  }
}
