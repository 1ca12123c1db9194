/**
 * The typed client for a tab's content script (tabs.sendMessage), and extension-page URLs. The
 * workbench (search, seeds, notes) is answered in the page itself: see workbench.ts.
 */
import { browser } from 'wxt/browser';
import type { ContentCalls } from '../../lib/messaging/contract';
import { createClient, type Client } from '../../lib/messaging/rpc';

export function contentOf(tabId: number): Client<ContentCalls> {
  return createClient<ContentCalls>((message) => browser.tabs.sendMessage(tabId, message));
}

/** The reader page for a seed, with the passage to highlight. */
export function readerUrl(seed: string, quote?: string | null): string {
  return `${browser.runtime.getURL('/reader.html')}?seed=${encodeURIComponent(seed)}&quote=${encodeURIComponent(quote ?? '')}`;
}

/** Opens in a new tab: from the side panel a plain link would not reliably reach the tab strip. */
export function openInTab(url: string): void {
  void browser.tabs.create({ url });
}
