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
}

export function useFirefox(): FirefoxHarness {
  const h = {} as FirefoxHarness;
  beforeAll(async () => {
    h.browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: findFirefox() ?? '/usr/bin/firefox-esr',
      headless: true,
      extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }) },
    });
    await h.browser.installExtension(build);
    h.baseUrl = inject('baseUrl');
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
