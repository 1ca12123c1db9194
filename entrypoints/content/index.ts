/**
 * The content script every http(s) page gets: a gate, kept small because most pages never
 * mention the policy. It loads the reader (entrypoints/reader-core.ts: detector, highlights,
 * popover, sidebar answers) only when the page's text could hold an alias (an anchor, then the
 * pivot regex), when the page has notes, or when the sidebar asks; until then it only watches
 * added text.
 */
import { browser } from 'wxt/browser';
import { SETTINGS_KEY, isActiveOn, normalizeSettings } from '../../lib/reader/settings';
import { toOnMessage } from '../../lib/messaging/rpc';
import type { ContentCalls } from '../../lib/messaging/contract';
import type { ReaderApi, ReaderHost } from '../reader-core';
import { loadExtensionScript } from './load-script';

const CONTENT_CALLS: ReadonlySet<string> = new Set<keyof ContentCalls>([
  'page.state',
  'mention.reveal',
  'selection.get',
  'notes.refresh',
  'note.reveal',
]);

type IdleWindow = Window & { requestIdleCallback?: (cb: () => void, opts?: { timeout: number }) => number };

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    // XML, SVG and plain-text documents have no page for a popover to sit on.
    if (!(document.documentElement instanceof HTMLElement) || !document.body) return;

    let reader: Promise<ReaderApi> | null = null;
    const load = () => {
      reader ??= loadExtensionScript<{ startReader(host: ReaderHost): Promise<ReaderApi> }>(
        '/reader-core.js',
        '__mppReader',
      ).then((mod) => mod.startReader(ctx));
      return reader;
    };

    // The sidebar's questions load the reader if the page has not needed it yet.
    browser.runtime.onMessage.addListener(
      toOnMessage((message, sender) => {
        const type = (message as { type?: unknown } | null)?.type;
        if (sender.id !== browser.runtime.id || typeof type !== 'string' || !CONTENT_CALLS.has(type)) {
          return undefined;
        }
        return load().then((r) => r.handle(message, sender) ?? { error: `Unhandled ${type}` });
      }),
    );

    // Two tests, both superset tests, cheapest first. Anchors (prefilter.ts): every alias the
    // detector can find holds one; its classes list every case variant, so lower-cased text needs
    // neither the i nor the u flag. Pages about the border say "Mexico" everywhere, so where an
    // anchor appears the pivot regex (pivot.ts, the reader's own first step, in gate-pivot.js so
    // that other pages never parse it) decides whether an alias can be there. Both are built at
    // build time (wxt.config.ts) from the same pack and functions.
    const anchors = __MPP_GATE_PATTERN__ && new RegExp(__MPP_GATE_PATTERN__.source);
    let pivot: Promise<RegExp | null> | null = null;
    const mayMention = async (text: string): Promise<boolean> => {
      if (anchors && !anchors.test(text.toLowerCase())) return false;
      // Not loaded (an extension update mid-page): open, as if the test had passed.
      pivot ??= loadExtensionScript<{ source: string | null }>('/gate-pivot.js', '__mppPivot').then(
        (m) => (m.source === null ? null : new RegExp(m.source)),
        () => null,
      );
      const re = await pivot;
      return !re || re.test(text);
    };

    // Extension APIs are touched only where needed: reading storage alone costs a few
    // milliseconds of bindings on the page's main thread. Notes on a page without an anchor are
    // the background's to notice (it asks this script to refresh them, which loads the reader).
    void mayMention(document.body.textContent ?? '').then((yes) =>
      yes ? startIfActive() : watchForAnchors(),
    );

    function startIfActive() {
      void browser.storage.local.get(SETTINGS_KEY).then((stored) => {
        if (isActiveOn(normalizeSettings(stored[SETTINGS_KEY]), location.hostname)) {
          void load();
          return;
        }
        // Paused here: the reader loads once the controls allow it, and decides for itself then.
        const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
          if (area !== 'local' || !changes[SETTINGS_KEY]) return;
          if (!isActiveOn(normalizeSettings(changes[SETTINGS_KEY].newValue), location.hostname)) return;
          browser.storage.onChanged.removeListener(onChanged);
          void load();
        };
        browser.storage.onChanged.addListener(onChanged);
      });
    }

    /** Added text is only queued; it is tested in idle time, and the first anchor loads the reader. */
    function watchForAnchors() {
      const win = window as IdleWindow;
      let queue: Node[] = [];
      let scheduled = false;
      let started = false;
      const flush = async () => {
        scheduled = false;
        const nodes = queue;
        queue = [];
        for (const n of nodes) {
          if (reader || started) return;
          if (n.isConnected && (await mayMention(n.textContent ?? ''))) {
            started = true;
            observer.disconnect();
            startIfActive();
          }
        }
      };
      const observer = new MutationObserver((records) => {
        for (const r of records) {
          if (r.type === 'characterData') queue.push(r.target);
          else for (const n of r.addedNodes) queue.push(n);
        }
        if (queue.length && !scheduled) {
          scheduled = true;
          if (win.requestIdleCallback) win.requestIdleCallback(() => void flush(), { timeout: 500 });
          else setTimeout(() => void flush(), 100);
        }
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      ctx.onInvalidated(() => observer.disconnect());
    }
  },
});
