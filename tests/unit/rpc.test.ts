import { describe, expect, it } from 'vitest';
import { createClient, createHandler, toOnMessage } from '../../lib/messaging/rpc';
import type { Handlers } from '../../lib/messaging/contract';

type Calls = {
  'math.add': { payload: { a: number; b: number }; response: number };
  'math.fail': { payload: Record<string, never>; response: never };
};

const handlers: Handlers<Calls> = {
  'math.add': ({ a, b }) => a + b,
  'math.fail': () => {
    throw new Error('bad input: b is missing');
  },
};

describe('typed RPC', () => {
  const listener = createHandler(handlers, (sender) => sender.id === 'our-extension');
  const client = createClient<Calls>(async (m) => listener(m, { id: 'our-extension' }));

  it('answers a typed call', async () => {
    expect(await client('math.add', { a: 2, b: 3 })).toBe(5);
  });

  it("rethrows the handler's error with its message on the caller's side", async () => {
    await expect(client('math.fail', {})).rejects.toThrow('bad input: b is missing');
  });

  it('refuses a sender that is not this extension', async () => {
    const reply = await listener(
      { type: 'math.add', payload: { a: 1, b: 1 } },
      { id: 'some-other-extension' },
    );
    expect(reply).toEqual({ error: 'Refused math.add: sender is not this extension' });
  });

  it('leaves messages it does not handle to other listeners', () => {
    expect(listener({ type: 'page.changed', payload: {} }, { id: 'our-extension' })).toBeUndefined();
    expect(listener('not a message', { id: 'our-extension' })).toBeUndefined();
    expect(listener({ type: 'toString' }, { id: 'our-extension' })).toBeUndefined();
  });
});

describe('toOnMessage', () => {
  const listener = createHandler(handlers, (sender) => sender.id === 'our-extension');
  const onMessage = toOnMessage(listener);

  it('answers through sendResponse and keeps the channel open while the reply is pending', async () => {
    const reply = new Promise((resolve) => {
      const kept = onMessage(
        { type: 'math.add', payload: { a: 4, b: 5 } },
        { id: 'our-extension', tab: { id: 7 } },
        resolve,
      );
      expect(kept).toBe(true);
    });
    expect(await reply).toEqual({ ok: 9 });
  });

  it('returns false for messages it does not handle, so other listeners may answer', () => {
    let called = false;
    expect(
      onMessage({ type: 'page.changed', payload: {} }, { id: 'our-extension' }, () => (called = true)),
    ).toBe(false);
    expect(called).toBe(false);
  });
});
