/**
 * Typed request/response over any `send` function (runtime.sendMessage, tabs.sendMessage, or a
 * fake in tests). Kept free of `browser.*` so it is testable in Node; entrypoints bind it.
 */
import type { CallMap, Handlers, SenderInfo } from './contract';

export type Client<M extends CallMap> = <K extends keyof M & string>(
  type: K,
  payload: M[K]['payload'],
) => Promise<M[K]['response']>;

/** Errors cross the message boundary as `{ error }` so the caller can rethrow them with their text. */
interface Envelope {
  ok?: unknown;
  error?: string;
}

export function createClient<M extends CallMap>(send: (message: unknown) => Promise<unknown>): Client<M> {
  return async (type, payload) => {
    const reply = (await send({ type, payload })) as Envelope | undefined;
    if (!reply || typeof reply !== 'object') throw new Error(`No answer to ${type}`);
    if (typeof reply.error === 'string') throw new Error(reply.error);
    return reply.ok as never;
  };
}

/**
 * Builds a listener: returns a promise of the envelope for messages this side handles, and
 * undefined for the rest (so other listeners can answer them). `accept` decides whether the
 * sender may call at all; the background uses it to refuse anything not from this extension.
 */
export function createHandler<M extends CallMap>(
  handlers: Handlers<M>,
  accept: (sender: SenderInfo) => boolean = () => true,
): (message: unknown, sender: SenderInfo) => Promise<Envelope> | undefined {
  return (message, sender) => {
    if (typeof message !== 'object' || message === null) return undefined;
    const { type, payload } = message as { type?: unknown; payload?: unknown };
    if (typeof type !== 'string' || !Object.prototype.hasOwnProperty.call(handlers, type)) return undefined;
    if (!accept(sender)) return Promise.resolve({ error: `Refused ${type}: sender is not this extension` });
    const handler = handlers[type as keyof M] as (p: unknown, s: SenderInfo) => unknown;
    return Promise.resolve()
      .then(() => handler(payload, sender))
      .then(
        (ok) => ({ ok }),
        (err: unknown) => ({ error: err instanceof Error ? err.message : String(err) }),
      );
  };
}

interface RawSender {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

/**
 * Adapts a handler to runtime.onMessage's callback form: answer through sendResponse and return
 * true while a reply is pending. Returning a Promise from the listener only works in recent
 * Chrome (about 147 on); this form works in every MV3 browser.
 */
export function toOnMessage(
  handle: (message: unknown, sender: SenderInfo) => Promise<Envelope> | undefined,
): (message: unknown, sender: RawSender, sendResponse: (reply: unknown) => void) => boolean {
  return (message, sender, sendResponse) => {
    const reply = handle(message, { id: sender.id, url: sender.url, tabId: sender.tab?.id });
    if (!reply) return false;
    void reply.then(sendResponse);
    return true;
  };
}
