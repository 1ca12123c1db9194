import { describe, expect, it, vi } from 'vitest';
import { createTabClients } from '../../lib/messaging/tab-client';

describe('tab client (sidebar and background to a page)', () => {
  it('asks the top frame, and wakes a reader that is not listening yet before asking once more', async () => {
    let listening = false;
    const sendMessage = vi.fn(async (_tab: number, message: unknown, options: { frameId: number }) => {
      expect(options).toEqual({ frameId: 0 });
      if (!listening) throw new Error('Could not establish connection. Receiving end does not exist.');
      return { ok: { echoed: (message as { type: string }).type } };
    });
    const executeScript = vi.fn(async (injection: { func?: unknown; files?: string[] }) => {
      if (injection.func) listening = true;
      return [{ result: true }];
    });
    const { contentOf } = createTabClients({ sendMessage, executeScript });
    expect(await contentOf(7)('page.state', {})).toEqual({ echoed: 'page.state' });
    expect(sendMessage).toHaveBeenCalledTimes(2);
    expect(executeScript).toHaveBeenCalledTimes(1);
  });

  it('passes on the first error where no script may run (a browser page)', async () => {
    const { contentOf, wakeReader } = createTabClients({
      sendMessage: async () => {
        throw new Error('no listener');
      },
      executeScript: async () => {
        throw new Error('Cannot access a chrome:// URL');
      },
    });
    await expect(contentOf(3)('page.state', {})).rejects.toThrow('no listener');
    expect(await wakeReader(3)).toBe(false);
  });
});
