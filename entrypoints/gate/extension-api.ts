import type { browser } from 'wxt/browser';

/**
 * The extension API, looked up on first use rather than at load (as `wxt/browser` does): the
 * first touch of `chrome.runtime` builds its bindings on the page's main thread, about a
 * millisecond that the gate spends only on pages where an alias's anchor appears.
 */
export function extensionApi(): typeof browser {
  const g = globalThis as { browser?: typeof browser; chrome?: typeof browser };
  return (g.browser?.runtime?.id ? g.browser : g.chrome) as typeof browser;
}
