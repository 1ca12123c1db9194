/**
 * Which tab the sidebar describes, and a revision that moves whenever that tab's page changes.
 * `?tab=ID` pins a tab (the e2e tests open the sidebar page as an ordinary tab, where "the active
 * tab" would be the sidebar itself); otherwise the sidebar follows the active tab of its window.
 */
import { pinnedTabId } from '../../lib/messaging/page-params';
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PAGE_CHANGED } from '../../lib/messaging/contract';

export interface TargetTab {
  tabId: number | null;
  /** Bumped on navigation, load completion and the content script's 'page.changed'. */
  revision: number;
  /** True once the first lookup is done, so "no tab" is not shown while still looking. */
  resolved: boolean;
}

export function useTargetTab(): TargetTab {
  const [tabId, setTabId] = useState<number | null>(() => pinnedTabId(location.search));
  const [revision, setRevision] = useState(0);
  const [resolved, setResolved] = useState(() => pinnedTabId(location.search) !== null);
  // Listeners are registered once; they read the current tab through this ref.
  const current = useRef(tabId);
  current.current = tabId;

  useEffect(() => {
    const pinned = pinnedTabId(location.search);
    let windowId: number | undefined;
    let disposed = false;
    const bump = () => setRevision((r) => r + 1);
    const follow = (id: number | null) => {
      if (disposed) return;
      setTabId(id);
      setResolved(true);
      bump();
    };

    if (pinned === null) {
      void browser.windows
        .getCurrent()
        .then((w) => {
          windowId = w.id;
        })
        .catch(() => undefined);
      void browser.tabs
        .query({ active: true, currentWindow: true })
        .then((tabs) => follow(tabs[0]?.id ?? null))
        .catch(() => follow(null));
    }

    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (pinned !== null) return;
      if (windowId !== undefined && info.windowId !== windowId) return;
      follow(info.tabId);
    };
    const onUpdated = (id: number, change: { status?: string; url?: string }) => {
      if (id !== current.current) return;
      if (change.status === 'complete' || change.url !== undefined) bump();
    };
    const onMessage = (message: unknown, sender: { tab?: { id?: number } }) => {
      const type = (message as { type?: unknown } | null)?.type;
      if (type === PAGE_CHANGED && sender.tab?.id === current.current) bump();
      // Returning nothing leaves every other message to the background.
      return undefined;
    };

    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.runtime.onMessage.addListener(onMessage);
    return () => {
      disposed = true;
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.runtime.onMessage.removeListener(onMessage);
    };
  }, []);

  return { tabId, revision, resolved };
}
