/**
 * Reader flow on any http(s) page: find mentions, paint them with CSS highlights, and open the
 * popover on hover or keyboard focus. Wiring only; the work lives in lib/reader and lib/detect.
 * The popover UI (Preact, Floating UI) is a separate script loaded on first need, so pages that
 * never mention the policy pay only for the scan.
 */
import { browser } from 'wxt/browser';
import { topic } from '../../data/mpp/topic';
import { createMatcher, scanRoot } from '../../lib/detect/matcher';
import { createHighlighter } from '../../lib/reader/highlighter';
import { PageMentions } from '../../lib/reader/page-mentions';
import { watchDom } from '../../lib/reader/dom-watch';
import {
  SETTINGS_KEY,
  highlightStyles,
  isActiveOn,
  normalizeSettings,
  type ReaderSettings,
} from '../../lib/reader/settings';
import { NO_VERDICT_COLOR, VERDICT_COLORS } from '../../lib/notes/verdict-colors';
import { createClient, createHandler, toOnMessage } from '../../lib/messaging/rpc';
import type { BackgroundCalls, ContentCalls, Handlers } from '../../lib/messaging/contract';
import { normalisePageUrl } from '../../lib/notes/page-url';
import { createReaderSession, type PopoverUiModule } from '../../lib/reader/session';

const verdictColors: Record<string, string> = { ...VERDICT_COLORS, none: NO_VERDICT_COLOR };

/**
 * The popover UI ships as its own script (entrypoints/popover-ui.tsx), imported on first hover.
 * It runs in this content script's isolated world and hands its API over on a global there.
 */
async function loadPopoverUi(): Promise<PopoverUiModule> {
  const g = globalThis as { __mppPopoverUi?: PopoverUiModule };
  if (!g.__mppPopoverUi) await import(/* @vite-ignore */ browser.runtime.getURL('/popover-ui.js'));
  if (!g.__mppPopoverUi) throw new Error('popover UI did not load');
  return g.__mppPopoverUi;
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    // XML, SVG and plain-text documents have no page for a popover to sit on.
    if (!(document.documentElement instanceof HTMLElement) || !document.body) return;
    const stored = await browser.storage.local.get(SETTINGS_KEY);
    let settings: ReaderSettings = normalizeSettings(stored[SETTINGS_KEY]);
    const background = createClient<BackgroundCalls>((m) => browser.runtime.sendMessage(m));
    const matcher = createMatcher([topic]);
    const highlighter = createHighlighter(document, highlightStyles(settings.color, verdictColors));
    // Short forms (MPP) count where the page has established the topic; a slice or an added
    // subtree scanned alone learns that from a page-wide pre-pass and from earlier hits.
    const established = new Set<string>();
    const isHidden = (el: Element) => !el.checkVisibility({ visibilityProperty: true });
    const mentions = new PageMentions(
      document,
      {
        prepare(root) {
          established.clear();
          for (const t of matcher.establishedIn(root.textContent ?? '')) established.add(t);
        },
        scan(root) {
          const hits = scanRoot(root, matcher, { established, isHidden });
          for (const h of hits) if (h.establishes) established.add(h.topic);
          return hits;
        },
      },
      highlighter,
    );

    let session: ReturnType<typeof createReaderSession> | null = null;
    let controller: AbortController | null = null;

    const start = () => {
      controller = new AbortController();
      session = createReaderSession({
        doc: document,
        mentions,
        highlighter,
        background,
        signal: controller.signal,
        loadPopover: loadPopoverUi,
        notifyChanged: () => {
          // No listener (sidebar closed) is normal: the rejection says nobody answered.
          browser.runtime
            .sendMessage({ type: 'page.changed', payload: { url: location.href } })
            .catch(() => {});
        },
      });
      void session.scan();
      watchDom(
        document,
        {
          ignore: (n) => session?.owns(n) ?? false,
          onBatch: (roots) => session?.onBatch(roots),
          onFlood: () => void session?.scan(),
        },
        controller.signal,
      );
    };
    const stop = () => {
      controller?.abort();
      session?.destroy();
      session = null;
      mentions.reset();
      highlighter.clear();
    };

    if (isActiveOn(settings, location.hostname)) start();

    browser.storage.onChanged.addListener((changes, area) => {
      if (area !== 'local' || !changes[SETTINGS_KEY]) return;
      const next = normalizeSettings(changes[SETTINGS_KEY].newValue);
      const was = isActiveOn(settings, location.hostname);
      settings = next;
      highlighter.setStyle(highlightStyles(settings.color, verdictColors));
      const now = isActiveOn(settings, location.hostname);
      if (was && !now) stop();
      if (!was && now) start();
    });

    // Single-page-app navigations: the Navigation API where present, history events elsewhere.
    // A fragment change (a table of contents, scroll spy) is the same page: no rescan.
    let lastUrl = normalisePageUrl(location.href);
    const onNavigate = () => {
      const url = normalisePageUrl(location.href);
      if (url === lastUrl) return;
      lastUrl = url;
      if (session) void session.scan();
    };
    const nav = (window as { navigation?: EventTarget }).navigation;
    if (nav)
      ctx.addEventListener(nav as unknown as Window, 'navigatesuccess' as keyof WindowEventMap, onNavigate);
    ctx.addEventListener(window, 'popstate', onNavigate);
    ctx.addEventListener(window, 'hashchange', onNavigate);

    const handlers: Handlers<ContentCalls> = {
      'page.state': () => (session ?? idleSession()).state(),
      'mention.reveal': ({ index }) => ({ ok: session?.reveal(index) ?? false }),
      'selection.get': () => session?.selection() ?? null,
      'notes.refresh': () => session?.refreshNotes() ?? { anchored: 0, orphans: [] },
      'note.reveal': ({ id }) => ({ ok: session?.revealNote(id) ?? false }),
    };
    const listener = createHandler(handlers, (sender) => sender.id === browser.runtime.id);
    browser.runtime.onMessage.addListener(toOnMessage(listener));

    ctx.onInvalidated(stop);

    function idleSession() {
      return {
        state: () => ({
          url: location.href,
          title: document.title,
          pageDate: null,
          mentions: [],
          context: null,
          paused: true,
        }),
      };
    }
  },
});
