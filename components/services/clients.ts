/**
 * The sidebar's and article page's clients bound to the extension API: a tab's content script
 * (lib/messaging/tab-client.ts), and extension-page URLs. The workbench (search, seeds, notes) is
 * answered in the page itself: see workbench.ts.
 */
import { browser } from 'wxt/browser';
import { createTabClients, type TabApi } from '../../lib/messaging/tab-client';

export const { contentOf, wakeReader } = createTabClients({
  sendMessage: (tabId, message, options) => browser.tabs.sendMessage(tabId, message, options),
  executeScript: browser.scripting
    ? (injection) =>
        browser.scripting.executeScript(injection as never) as Promise<Array<{ result?: unknown }>>
    : undefined,
} satisfies TabApi);

/** The article page for a seed, with the passage to highlight. */
export function articleUrl(seed: string, quote?: string | null): string {
  return `${browser.runtime.getURL('/article.html')}?seed=${encodeURIComponent(seed)}&quote=${encodeURIComponent(quote ?? '')}`;
}

/** Opens in a new tab: from the side panel a plain link would not reliably reach the tab strip. */
export function openInTab(url: string): void {
  void browser.tabs.create({ url });
}
