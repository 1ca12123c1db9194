/**
 * The typed client for a tab's content script, bound to the extension API by its caller (the
 * sidebar, the background), so that both use one implementation and this module runs in Node.
 * Most pages never load the reader: a call nobody answers wakes it through the gate, then asks
 * once more.
 */
import { GATE_GLOBAL, type ContentCalls, type GateHandle } from './contract';
import { createClient, type Client } from './rpc';

/** The two extension calls this needs, as `browser.tabs` and `browser.scripting` give them. */
export interface TabApi {
  sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<unknown>;
  executeScript?(injection: {
    target: { tabId: number };
    func?: (name: string) => unknown;
    args?: string[];
    files?: string[];
  }): Promise<Array<{ result?: unknown }>>;
}

/** The top frame's reader answers for the page: a same-origin frame runs a reader of its own. */
const TOP_FRAME = { frameId: 0 };

export function createTabClients(api: TabApi) {
  /**
   * Starts the reader in a tab through the gate's handle (GateHandle). A tab opened before the
   * extension was installed or updated has no gate: it gets one first. False where no script may
   * run (browser pages, the web store) or the page is gone.
   */
  async function wakeReader(tabId: number): Promise<boolean> {
    if (!api.executeScript) return false;
    // Runs in the tab's isolated world: self-contained, the global's name passed as an argument.
    const wake = (name: string) =>
      (globalThis as unknown as Record<string, GateHandle | undefined>)[name]?.wake().catch(() => false) ??
      false;
    try {
      let [first] = await api.executeScript({ target: { tabId }, func: wake, args: [GATE_GLOBAL] });
      if (first?.result === true) return true;
      await api.executeScript({ target: { tabId }, files: ['/gate.js'] });
      [first] = await api.executeScript({ target: { tabId }, func: wake, args: [GATE_GLOBAL] });
      return first?.result === true;
    } catch {
      return false;
    }
  }

  function contentOf(tabId: number): Client<ContentCalls> {
    return createClient<ContentCalls>(async (message) => {
      try {
        return await api.sendMessage(tabId, message, TOP_FRAME);
      } catch (err) {
        if (!(await wakeReader(tabId))) throw err;
        return api.sendMessage(tabId, message, TOP_FRAME);
      }
    });
  }

  return { contentOf, wakeReader };
}
