/**
 * The typed client for a tab's content script (tabs.sendMessage), and extension-page URLs. The
 * workbench (search, seeds, notes) is answered in the page itself: see workbench.ts.
 */
import { browser } from 'wxt/browser';
import { GATE_GLOBAL, type ContentCalls, type GateHandle } from '../../lib/messaging/contract';
import { createClient, type Client } from '../../lib/messaging/rpc';

const TOP_FRAME = { frameId: 0 };

export function contentOf(tabId: number): Client<ContentCalls> {
  return createClient<ContentCalls>(async (message) => {
    try {
      // The top frame's reader answers for the page: a same-origin frame runs a reader of its own.
      return await browser.tabs.sendMessage(tabId, message, TOP_FRAME);
    } catch (err) {
      // Nobody listens yet: most pages never load the reader. Wake it, then ask once more.
      if (!(await wakeReader(tabId))) throw err;
      return browser.tabs.sendMessage(tabId, message, TOP_FRAME);
    }
  });
}

/**
 * Starts the reader in a tab through the gate's handle (GateHandle). A tab opened before the
 * extension was installed or updated has no gate: it gets one first. False where no script may
 * run (browser pages, the web store) or the page is gone.
 */
export async function wakeReader(tabId: number): Promise<boolean> {
  const scripting = browser.scripting;
  if (!scripting) return false;
  // Runs in the tab's isolated world: self-contained, the global's name passed as an argument.
  const wake = (name: string) =>
    (globalThis as unknown as Record<string, GateHandle | undefined>)[name]?.wake().catch(() => false) ??
    false;
  try {
    let [first] = await scripting.executeScript({ target: { tabId }, func: wake, args: [GATE_GLOBAL] });
    if (first?.result === true) return true;
    await scripting.executeScript({ target: { tabId }, files: ['/gate.js'] });
    [first] = await scripting.executeScript({ target: { tabId }, func: wake, args: [GATE_GLOBAL] });
    return first?.result === true;
  } catch {
    return false;
  }
}

/** The reader page for a seed, with the passage to highlight. */
export function readerUrl(seed: string, quote?: string | null): string {
  return `${browser.runtime.getURL('/reader.html')}?seed=${encodeURIComponent(seed)}&quote=${encodeURIComponent(quote ?? '')}`;
}

/** Opens in a new tab: from the side panel a plain link would not reliably reach the tab strip. */
export function openInTab(url: string): void {
  void browser.tabs.create({ url });
}
