/**
 * The reader on a page that may mention the policy: find mentions, paint them with CSS
 * highlights, open the popover on hover or keyboard focus, answer the sidebar. Loaded by the
 * content script's gate (gate/index.ts) only when the page's text could hold an alias, or when an
 * extension page wakes it (the sidebar's questions, notes on the page). Wiring only; the work
 * lives in lib/reader and lib/detect.
 */
import { browser } from 'wxt/browser';
import { createMatcherCore } from '../lib/detect/matcher-core';
import type { MatcherTerms } from '../lib/detect/matcher-terms';
import { createHighlighter } from '../lib/reader/highlighter';
import { PageMentions } from '../lib/reader/page-mentions';
import { createPageScanner } from '../lib/reader/page-scanner';
import {
  asPivotTemplate,
  choosePivots,
  loadedOnRequest,
  type PivotTemplate,
} from '../lib/detect/pivot-template';
import type { Latin1Pivot } from '../lib/detect/gate-pattern';
import { watchDom } from '../lib/reader/dom-watch';
import {
  SETTINGS_KEY,
  isActiveOn,
  normalizeSettings,
  paintsNotesOn,
  type ReaderSettings,
} from '../lib/reader/settings';
import { defaultHighlightStyles, readerHighlightStyles } from '../lib/reader/highlight-styles';
import { createClient, createHandler, toOnMessage } from '../lib/messaging/rpc';
import { loadExtensionScript, ownObject } from './gate/load-script';
import {
  PAGE_CHANGED,
  type BackgroundCalls,
  type ContentCalls,
  type Handlers,
} from '../lib/messaging/contract';
import { normalisePageUrl } from '../lib/notes/page-url';
import { fetchPackageText } from '../lib/service/package-files';
import { throttleTrailing } from '../lib/reader/throttle';
import { createReaderSession } from '../lib/reader/session';
import type { PopoverUiModule } from '../lib/reader/popover-port';

/** The matcher's terms as JSON (matcher-terms.ts matcherTerms), defined at build time. */
declare const __MPP_MATCHER_TERMS__: string;

/** The popover UI (Preact, Floating UI) is imported on first hover: entrypoints/popover-ui.ts. */
const loadPopoverUi = () => loadExtensionScript<PopoverUiModule>('/popover-ui.js', '__mppPopoverUi');

/**
 * The reader's lifetime: it ends when a newer reader starts in this world (the extension was
 * updated or reloaded, and its new gate woke a new reader). The handover goes through this
 * world's own global, never through the page's document: an event there would tell every page
 * that the extension is installed, and let any page stop it.
 */
function readerLifetime(): AbortController {
  const previous = ownObject(LIFETIME_GLOBAL) as { abort?: unknown } | null;
  if (previous && typeof previous.abort === 'function') (previous as AbortController).abort();
  const lifetime = new AbortController();
  (globalThis as Record<string, unknown>)[LIFETIME_GLOBAL] = lifetime;
  return lifetime;
}
const LIFETIME_GLOBAL = '__mppReaderLifetime';

/** False once the extension that started this reader was updated, reloaded or removed. */
function extensionAlive(): boolean {
  try {
    return !!browser.runtime?.id;
  } catch {
    return false;
  }
}

const CHANGE_NOTICE_MS = 500;

/**
 * The full pivots' template (lib/detect/pivot.ts), built at build time into a file of its own
 * (wxt.config.ts): fetched the first time a text past Latin-1 asks for it (choosePivots), not
 * carried in this script, which every page the gate opens for parses before its first highlight.
 */
async function fetchPivotTemplate(): Promise<PivotTemplate> {
  // Written by a build hook, so WXT's list of public paths does not know it.
  const url = (browser.runtime.getURL as (p: string) => string)('/pivot-template.json');
  return asPivotTemplate(JSON.parse(await fetchPackageText(url, 'pivot-template.json')));
}
const pivotTemplate = loadedOnRequest(fetchPivotTemplate);

/**
 * Starts the reader. `settingsRead`: the gate's read of the stored settings, started just before
 * this script began to load (so the reader waits for the slower of the two, not for both in turn);
 * read here when the reader is woken otherwise.
 * `latin1`: the pivot for text within Latin-1, from the gate's pattern (gate-pattern.ts
 * latin1Pivot), which this script need not carry a second time; without it, the full pivots,
 * fetched before the first scan.
 * `dropEarly`: takes out the gate's early paint (lib/reader/early-paint.ts), unless this reader's
 * own paint has replaced it: called once the first scan ends, when the reader stops, and at once
 * where it does not paint.
 */
async function startReader(
  settingsRead?: Promise<unknown>,
  latin1: Latin1Pivot | null = null,
  dropEarly: () => void = () => {},
): Promise<void> {
  {
    const life = readerLifetime();
    const lifetime = life.signal;
    const stored = await (settingsRead ??
      browser.storage.local.get(SETTINGS_KEY).then((read) => read[SETTINGS_KEY]));
    let settings: ReaderSettings = normalizeSettings(stored);
    const background = createClient<BackgroundCalls>((m) => browser.runtime.sendMessage(m));
    // Without the gate's Latin-1 pivot every text needs the full pivots: fetched before the first scan.
    const fetched = latin1 ? null : await fetchPivotTemplate();
    const template = fetched ? () => fetched : pivotTemplate;
    // The page watcher, once started, leaves out the DOM writes of the <mark> fallback.
    let quiet = <T>(change: () => T): T => change();
    const highlighter = createHighlighter(document, readerHighlightStyles(settings.color), {
      rootScoped: !import.meta.env.FIREFOX,
      domWrite: (change) => quiet(change),
      // Chromium's manifest injects the default styles into every page (wxt.config.ts).
      preinstalled: import.meta.env.FIREFOX ? undefined : defaultHighlightStyles(),
    });
    // Built when the reader first paints: a page where it is paused or off only answers the sidebar.
    let built: PageMentions | null = null;
    const pageMentions = () =>
      (built ??= new PageMentions(
        document,
        createPageScanner(
          // No prefilter: the page scan hands the matcher only blocks its pivots found (page-scan.ts).
          // Its terms come built from the pack (wxt.config.ts): the topic itself is not in this script.
          createMatcherCore(JSON.parse(__MPP_MATCHER_TERMS__) as MatcherTerms, {}, null),
          // The gate's (built at build time in wxt.config.ts, which fails if the pack gives none).
          choosePivots(template, latin1),
        ),
        highlighter,
      ));

    // The page's URL, to tell a single-page-app navigation (rescan) from a fragment change (a table
    // of contents, scroll spy: the same page).
    let lastUrl = normalisePageUrl(location.href);
    /** True once per change of the page's URL (fragment aside). */
    function navigated(): boolean {
      const url = normalisePageUrl(location.href);
      if (url === lastUrl) return false;
      lastUrl = url;
      return true;
    }
    /**
     * At most one change notice per CHANGE_NOTICE_MS, the last change always told: each notice
     * makes the sidebar read the page again, and a page that mutates forever must not keep both
     * sides busy.
     */
    const announceChange = throttleTrailing(() => {
      // No listener (sidebar closed) is normal: the rejection says nobody answered.
      browser.runtime.sendMessage({ type: PAGE_CHANGED, payload: { url: location.href } }).catch(() => {});
    }, CHANGE_NOTICE_MS);
    lifetime.addEventListener('abort', () => announceChange.cancel());
    let session: ReturnType<typeof createReaderSession> | null = null;
    /** Set once a sidebar asked for this page's state: from then on, changes are announced. */
    let watched = false;
    let controller: AbortController | null = null;

    const start = () => {
      controller = new AbortController();
      session = createReaderSession({
        doc: document,
        mentions: pageMentions(),
        highlighter,
        background,
        signal: controller.signal,
        loadPopover: loadPopoverUi,
        isHidden: (el) => !el.checkVisibility({ visibilityProperty: true }),
        showNotes: () => paintsNotesOn(settings, location.hostname),
        notifyChanged: () => {
          // An orphan (its extension updated or removed, no new reader woken here) stops watching
          // the page instead of throwing on every change.
          if (!extensionAlive()) return life.abort();
          // Only a sidebar that asked for this page's state listens: until one asks, a message
          // per change would cost every page for nobody.
          if (!watched) return;
          announceChange();
        },
      });
      const watch = watchDom(
        document,
        {
          ignore: (n) => session?.owns(n) ?? false,
          // A history.pushState navigation fires no event outside the Navigation API (Firefox):
          // the content it brings shows it.
          onBatch: (roots) => (navigated() ? void session?.scan() : session?.onBatch(roots)),
          onLargeBatch: (roots) => (navigated() ? void session?.scan() : session?.onLargeBatch(roots)),
          onFlood: () => {
            navigated();
            void session?.scan();
          },
        },
        controller.signal,
      );
      quiet = watch.quiet;
      // Where painting needs a sheet of its own (Firefox, or a colour the user chose; Chromium's
      // default styles are injected by the manifest), adopting it restyles the page: in a frame
      // of its own while the scan runs, since the gate found that an alias can be here.
      highlighter.prepare();
      // The gate's early paint (lib/reader/early-paint.ts) stays until this scan paints in its
      // place; a scan that paints nothing takes it out.
      void session.scan().finally(dropEarly);
    };
    const stop = () => {
      dropEarly();
      controller?.abort();
      session?.destroy();
      session = null;
      built?.reset();
      highlighter.clear();
    };

    if (isActiveOn(settings, location.hostname)) start();
    else dropEarly();

    const onSettings = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'local' || !changes[SETTINGS_KEY]) return;
      const next = normalizeSettings(changes[SETTINGS_KEY].newValue);
      const was = isActiveOn(settings, location.hostname);
      settings = next;
      highlighter.setStyle(readerHighlightStyles(settings.color));
      void session?.refreshNotes();
      const now = isActiveOn(settings, location.hostname);
      if (was && !now) stop();
      if (!was && now) start();
    };
    browser.storage.onChanged.addListener(onSettings);
    // The gate read the settings as this script began to load: a change made since went unheard.
    if (settingsRead) {
      void browser.storage.local.get(SETTINGS_KEY).then((read) => {
        if (JSON.stringify(normalizeSettings(read[SETTINGS_KEY])) === JSON.stringify(settings)) return;
        onSettings({ [SETTINGS_KEY]: { newValue: read[SETTINGS_KEY] } }, 'local');
      });
    }

    // Single-page-app navigations: the Navigation API where present, history events elsewhere, and
    // the DOM batches (above) for history.pushState without the Navigation API.
    const onNavigate = () => {
      if (navigated() && session) void session.scan();
    };
    const nav = (window as { navigation?: EventTarget }).navigation;
    nav?.addEventListener('navigatesuccess', onNavigate, { signal: lifetime });
    window.addEventListener('popstate', onNavigate, { signal: lifetime });
    window.addEventListener('hashchange', onNavigate, { signal: lifetime });

    const handlers: Handlers<ContentCalls> = {
      'page.state': () => {
        watched = true;
        return (session ?? idleSession()).state();
      },
      'mention.reveal': ({ index }) => ({ ok: session?.reveal(index) ?? false }),
      'selection.get': () => session?.selection() ?? null,
      'notes.refresh': () => session?.refreshNotes() ?? { anchored: 0, orphans: [] },
      'note.reveal': ({ id }) => ({ ok: session?.revealNote(id) ?? false }),
    };
    const onMessage = toOnMessage(createHandler(handlers, (sender) => sender.id === browser.runtime.id));
    browser.runtime.onMessage.addListener(onMessage);
    lifetime.addEventListener('abort', () => {
      stop();
      // The old extension's bindings may already be gone.
      try {
        browser.storage.onChanged.removeListener(onSettings);
        browser.runtime.onMessage.removeListener(onMessage);
      } catch {
        // nothing left to remove
      }
    });

    function idleSession() {
      return {
        state: () => ({
          url: location.href,
          title: document.title,
          pageDate: null,
          mentions: [],
          context: null,
        }),
      };
    }
  }
}

export const readerModule = { startReader };

export default defineUnlistedScript(() => {
  (globalThis as { __mppReader?: unknown }).__mppReader = readerModule;
});
