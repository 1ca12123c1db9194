/**
 * Background: owns the index (Dexie, this extension's origin only) and answers typed messages.
 * Wiring only: the handlers live in lib/service.
 */
import { browser } from 'wxt/browser';
import { MppDatabase } from '../lib/db/database';
import { createBackgroundService } from '../lib/service/background-service';
import { fetchPackageText } from '../lib/service/package-files';
import { createTabClients } from '../lib/messaging/tab-client';
import { loadSeedFiles } from '../lib/service/seed-files';
import { createHandler, toOnMessage } from '../lib/messaging/rpc';
import type { BackgroundCalls } from '../lib/messaging/contract';
import type { TopicPack } from '../lib/topic/schema';
import { intentKey, type SidebarIntent } from '../lib/messaging/intents';

export default defineBackground(() => {
  const db = new MppDatabase();
  const fetchText = (path: string) =>
    fetchPackageText((browser.runtime.getURL as (p: string) => string)(`/${path}`), path);
  const { contentOf } = createTabClients({
    sendMessage: (tabId, message, options) => browser.tabs.sendMessage(tabId, message, options),
    executeScript: (injection) =>
      browser.scripting.executeScript(injection as never) as Promise<Array<{ result?: unknown }>>,
  });
  const sidePanel = (browser as unknown as { sidePanel?: ChromeSidePanel }).sidePanel;
  const sidebarAction = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;

  /**
   * Opens the side panel for a tab. From the browser's own UI (toolbar command, context menu) a
   * panel that cannot open falls back to a tab; a request from a page's content script never
   * opens a tab: a page must not be able to open tabs through the extension.
   */
  async function openSidebar(
    tabId: number | undefined,
    intent?: SidebarIntent,
    from: 'browser' | 'page' = 'browser',
  ): Promise<boolean> {
    // The intent is written without waiting: sidePanel.open and sidebarAction.open must run while
    // the user's gesture is still live, and the sidebar picks the intent up through onChanged.
    const recorded =
      intent && tabId !== undefined
        ? (browser.storage.session?.set({ [intentKey(tabId)]: intent }).catch(() => {}) ?? Promise.resolve())
        : Promise.resolve();
    try {
      if (sidePanel && tabId !== undefined) {
        await sidePanel.open({ tabId });
        await recorded;
        return true;
      }
      if (sidebarAction) {
        await sidebarAction.open();
        await recorded;
        return true;
      }
    } catch (err) {
      // Without a live gesture the panel cannot open.
      console.warn('[MPP Context] could not open the sidebar:', err);
    }
    await recorded;
    if (from === 'page') return false;
    const query = tabId !== undefined ? `?tab=${tabId}` : '';
    await browser.tabs.create({ url: browser.runtime.getURL(`/sidepanel.html${query}`) });
    return true;
  }

  const service = createBackgroundService({
    db,
    loadShippedPack: async () => JSON.parse(await fetchText('packs/mpp.json')) as TopicPack,
    loadSeedTexts: (pack) => loadSeedFiles(pack, fetchText),
    openSidebar: (tabId, mentionIndex) =>
      openSidebar(
        tabId,
        mentionIndex !== undefined && mentionIndex >= 0
          ? { kind: 'mention', index: mentionIndex }
          : undefined,
        'page',
      ),
  });
  const listener = createHandler<BackgroundCalls>(
    service.handlers,
    (sender) => sender.id === browser.runtime.id,
  );

  browser.runtime.onMessage.addListener(toOnMessage(listener));

  browser.runtime.onInstalled.addListener(() => {
    void service.install().catch((err) => console.error('[MPP Context] loading the topic pack failed:', err));
    browser.contextMenus.create({
      id: 'mpp-note-selection',
      title: browser.i18n.getMessage('addNoteOnSelection') || 'Add an MPP Context note on this selection',
      contexts: ['selection'],
    });
  });

  // The toolbar button opens the side panel in Chrome; Firefox's sidebar_action does this itself.
  void sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => {});

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === 'mpp-note-selection') void openSidebar(tab?.id, { kind: 'note-on-selection' });
  });
  // A page with notes but without any alias's anchor never loads the reader by itself: when such
  // a page finishes loading, ask its content script to paint the notes (which wakes the reader).
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status !== 'complete' || !tab.url || !/^https?:/.test(tab.url)) return;
    void Promise.resolve(service.handlers['notes.count']({ url: tab.url }, {}))
      .then(({ count }) => {
        if (count > 0) contentOf(tabId)('notes.refresh', {}).catch(() => {});
      })
      // Storage that cannot open (private mode, a damaged profile) is said in the sidebar, where
      // the user can act; here it would be an unhandled rejection on every page load.
      .catch(() => {});
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'open-sidebar') void openSidebar(tab?.id);
  });
});

interface ChromeSidePanel {
  open(options: { tabId: number }): Promise<void>;
  setPanelBehavior(options: { openPanelOnActionClick: boolean }): Promise<void>;
}
