/**
 * Firefox ESR driven over WebDriver BiDi (puppeteer-core, no driver download), with the built MV3
 * extension installed as a temporary add-on (webExtension.install) and a fixed extension UUID
 * (extensions.webextensions.uuids), so its pages open as moz-extension://<uuid>/… tabs.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, inject } from 'vitest';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const ADDON_ID = 'mpp-context@example.org';
export const ADDON_UUID = '6b1d8c1e-3a5f-4c7e-9a41-0d2f5e8b7c90';
const build = join(import.meta.dirname, '../../.output/firefox-mv3');

export function findFirefox(): string | null {
  for (const p of [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'])
    if (p && existsSync(p)) return p;
  return null;
}

export interface FirefoxHarness {
  browser: Browser;
  baseUrl: string;
  open(path: string): Promise<Page>;
  /** Opens an extension page (path under the extension's origin) in a new tab; its BiDi context id. */
  openExtensionTab(path: string): Promise<string>;
  /** Evaluates an expression in a browsing context (awaiting a promise); its value, JSON-parsed. */
  evalIn(context: string, expression: string): Promise<unknown>;
}

interface BidiSession {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}

export function useFirefox(): FirefoxHarness {
  const h = {} as FirefoxHarness;
  beforeAll(async () => {
    h.browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: findFirefox() ?? '/usr/bin/firefox-esr',
      headless: true,
      // Lets WebDriver BiDi reach the browser's own window (moz:scope 'chrome'): the only way a
      // test can open the extension's sidebar page as a tab (content navigation to
      // moz-extension:// is refused, and a page's window.open too).
      args: ['-remote-allow-system-access'],
      extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }) },
    });
    await h.browser.installExtension(build);
    h.baseUrl = inject('baseUrl');
    const session = () =>
      (
        h.browser as unknown as {
          // puppeteer's BiDi browser: its session is reachable through any page's browsing context.
          pages(): Promise<
            Array<{
              mainFrame(): { browsingContext: { userContext: { browser: { session: BidiSession } } } };
            }>
          >;
        }
      )
        .pages()
        .then((ps) => ps[0]!.mainFrame().browsingContext.userContext.browser.session);
    h.evalIn = async (context, expression) => {
      const r = await (
        await session()
      ).send('script.evaluate', {
        expression: `Promise.resolve(${expression}).then((v) => JSON.stringify(v ?? null))`,
        target: { context },
        awaitPromise: true,
      });
      const out = r.result as {
        type: string;
        result?: { value?: string };
        exceptionDetails?: { text: string };
      };
      if (out.type !== 'success')
        throw new Error(`evalIn: ${out.exceptionDetails?.text ?? JSON.stringify(out)}`);
      return JSON.parse(out.result!.value!);
    };
    h.openExtensionTab = async (path) => {
      const s = await session();
      const url = `moz-extension://${ADDON_UUID}/${path}`;
      const chrome = (await s.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as {
        contexts: Array<{ context: string }>;
      };
      await s.send('script.evaluate', {
        expression: `gBrowser.selectedTab = gBrowser.addTab(${JSON.stringify(url)}, { triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() }); 0`,
        target: { context: chrome.contexts[0]!.context },
        awaitPromise: false,
      });
      for (let i = 0; i < 100; i++) {
        const tree = (await s.send('browsingContext.getTree', {})).result as {
          contexts: Array<{ context: string; url: string }>;
        };
        const found = tree.contexts.find((c) => c.url === url);
        if (found) return found.context;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`${url} did not open`);
    };
    h.open = async (path: string) => {
      const page = await h.browser.newPage();
      await page.goto(`${h.baseUrl}/${path}`);
      return page;
    };
  }, 120_000);
  afterAll(async () => {
    await h.browser?.close();
  });
  return h;
}

/**
 * Reads until `done` holds, every 100 ms (BiDi pushes no event for what a page's UI shows), and
 * returns the value read; throws after `timeout` ms.
 */
export async function pollFor<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  what: string,
  timeout = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline)
      throw new Error(`${what}: not within ${timeout} ms (last: ${JSON.stringify(value)})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
