import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, inject, onTestFailed } from 'vitest';
// @ts-expect-error plain ESM helper shared with the demo and bench scripts
import { launchWithExtension, repoRoot } from '../../scripts/lib/chromium.mjs';
import { tabIdOf } from './page-helpers';

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  baseUrl: string;
  /** Open a fixture page (path under tests/fixtures) in a new tab. */
  open(path: string): Promise<Page>;
  /** Open the side panel page as an ordinary tab, pointed at the given page's tab. */
  openSidebar(forPage?: Page): Promise<Page>;
  serviceWorker(): Promise<Worker>;
  /** Call in a test: saves a screenshot of every open page if the test fails. */
  screenshotOnFailure(name: string): void;
}

export const seedPages = {
  '000': 'site/news/000-mexico-offers-to-send-asylum-seekers-home.html',
  '001': 'site/news/001-mexico-rejects-stay-in-mexico-extension.html',
  '002': 'site/news/002-no-formal-agreement-remain-in-mexico.html',
  '003': 'site/news/003-sheinbaum-has-not-agreed-to-accept-migrants.html',
  '004': 'site/news/004-us-to-send-mexican-asylum-seekers-to-guatemala.html',
} as const;

/** Launches Chromium with the built extension once for the calling test file. */
export function useExtension(): Harness {
  const h = {} as Harness;
  beforeAll(async () => {
    // E2E_EXTENSION: another build (an older commit's, to measure what a fix changed).
    const { context, extensionId } = await launchWithExtension(
      process.env.E2E_EXTENSION ? { extension: process.env.E2E_EXTENSION } : {},
    );
    const baseUrl = inject('baseUrl');
    Object.assign(h, {
      context,
      extensionId,
      baseUrl,
      async open(path: string) {
        const page = await context.newPage();
        await page.goto(`${baseUrl}/${path}`);
        return page;
      },
      async openSidebar(forPage?: Page) {
        const tabId = forPage ? await tabIdOf(context, forPage.url()) : undefined;
        const page = await context.newPage();
        await page.goto(`chrome-extension://${extensionId}/sidepanel.html${tabId ? `?tab=${tabId}` : ''}`);
        return page;
      },
      async serviceWorker() {
        return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      },
      screenshotOnFailure(name: string) {
        onTestFailed(async () => {
          const dir = join(repoRoot, 'test-results');
          mkdirSync(dir, { recursive: true });
          const safe = name.replace(/[^a-z0-9-]+/gi, '-');
          let i = 0;
          for (const p of context.pages()) {
            const file = join(dir, `${safe}-${i++}.png`);
            await p.screenshot({ path: file }).catch(() => undefined);
            console.error(`screenshot of failing test: ${file}`);
          }
        });
      },
    } satisfies Harness);
  });
  afterAll(async () => {
    await h.context?.close();
  });
  return h;
}
