/**
 * Typed clients bound to the extension's message channels. The sidebar and the reader page are
 * extension pages, so the background answers their runtime messages; a tab's content script
 * answers tabs.sendMessage.
 */
import { browser } from 'wxt/browser';
import type { ContentCalls } from '../../lib/messaging/contract';
import { createClient, type Client } from '../../lib/messaging/rpc';

export { workbench as background } from './workbench';

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
