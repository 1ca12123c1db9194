/**
 * The popover lives in a closed shadow root: the page cannot read or rewrite it, and neither can
 * a test through the page. Tests reach it as the extension does, from the extension's isolated
 * world (found over the DevTools protocol), where `chrome.dom.openOrClosedShadowRoot` hands over
 * the root. Clicks go through the mouse at the element's position, as a user's would.
 */
import type { CDPSession, Page } from 'playwright-core';

interface World {
  cdp: CDPSession;
  /** The newest isolated world of the extension in the main frame. */
  contextId: number | null;
}
const worlds = new WeakMap<Page, Promise<World>>();

function worldOf(page: Page): Promise<World> {
  let w = worlds.get(page);
  if (!w) {
    w = (async () => {
      const cdp = await page.context().newCDPSession(page);
      const world: World = { cdp, contextId: null };
      // The main frame only: same-origin frames run a reader (and a world) of their own.
      const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
      const mainFrame = frameTree.frame.id;
      cdp.on(
        'Runtime.executionContextCreated',
        (e: {
          context: {
            id: number;
            name: string;
            origin: string;
            auxData?: { type?: string; frameId?: string };
          };
        }) => {
          const { context } = e;
          // Playwright's own worlds are isolated too; the extension's carries the extension's name.
          if (
            context.auxData?.type === 'isolated' &&
            context.auxData.frameId === mainFrame &&
            !context.name.startsWith('__playwright')
          )
            world.contextId = context.id;
        },
      );
      cdp.on('Runtime.executionContextDestroyed', (e: { executionContextId: number }) => {
        if (e.executionContextId === world.contextId) world.contextId = null;
      });
      cdp.on('Runtime.executionContextsCleared', () => (world.contextId = null));
      await cdp.send('Runtime.enable');
      return world;
    })();
    worlds.set(page, w);
  }
  return w;
}

/**
 * Runs `fn(root, host, arg)` in the extension's world on the page's popover (root null while no
 * popover exists). `fn` must be self-contained: it is sent as source.
 */
export async function inPopover<T, A = null>(
  page: Page,
  fn: (root: ShadowRoot | null, host: HTMLElement | null, arg: A) => T,
  arg: A = null as A,
): Promise<T> {
  const world = await worldOf(page);
  if (world.contextId === null) return fn(null, null, arg);
  const expression = `(() => {
    const host = document.querySelector('mpp-context-popover');
    const root = host ? chrome.dom.openOrClosedShadowRoot(host) : null;
    return (${fn.toString()})(root, host, ${JSON.stringify(arg)});
  })()`;
  const res = (await world.cdp.send('Runtime.evaluate', {
    expression,
    contextId: world.contextId,
    returnByValue: true,
    awaitPromise: true,
  })) as { result: { value?: T }; exceptionDetails?: { text: string; exception?: { description?: string } } };
  if (res.exceptionDetails)
    throw new Error(`inPopover: ${res.exceptionDetails.exception?.description ?? res.exceptionDetails.text}`);
  return res.result.value as T;
}

/** Waits until `fn` in the popover's world returns a truthy value. */
export async function waitInPopover<A = null>(
  page: Page,
  fn: (root: ShadowRoot | null, host: HTMLElement | null, arg: A) => unknown,
  arg: A = null as A,
  timeout = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (await inPopover(page, fn, arg)) return;
    if (Date.now() > deadline)
      throw new Error(`waitInPopover: not true within ${timeout} ms: ${fn.toString().slice(0, 120)}`);
    // The next frame: the popover renders in one.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
  }
}

/** Clicks the popover element with this test id, with the mouse (a trusted click). */
export async function clickInPopover(page: Page, testId: string): Promise<void> {
  await waitInPopover(page, (root, _h, id) => !!root?.querySelector(`[data-testid="${id}"]`), testId);
  const box = await inPopover(
    page,
    (root, _h, id) => {
      const el = root!.querySelector(`[data-testid="${id}"]`) as HTMLElement;
      el.scrollIntoView({ block: 'nearest' });
      const r = el.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    },
    testId,
  );
  await page.mouse.click(box.x, box.y);
}

/**
 * The popover's markup and styles, copied into an open shadow root of a test element in the page,
 * so that axe-core (which cannot enter a closed root) checks the same markup under the same
 * styles. Returns the selector of the copy; remove it with removePopoverCopy.
 */
export async function copyPopoverForAxe(page: Page): Promise<string> {
  const html = await inPopover(page, (root) => root?.innerHTML ?? '');
  const rect = await inPopover(page, (_r, host) => {
    const b = host!.getBoundingClientRect();
    return { left: b.left, top: b.top };
  });
  await page.evaluate(
    ({ markup, at }) => {
      const copy = document.createElement('mpp-popover-axe-copy');
      copy.style.cssText = `position:fixed;left:${at.left}px;top:${at.top}px;z-index:2147483647;`;
      copy.attachShadow({ mode: 'open' }).innerHTML = markup;
      document.body.append(copy);
    },
    { markup: html, at: rect },
  );
  return 'mpp-popover-axe-copy';
}

export function removePopoverCopy(page: Page): Promise<void> {
  return page.evaluate(() => document.querySelector('mpp-popover-axe-copy')?.remove());
}
