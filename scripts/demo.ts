#!/usr/bin/env -S npx tsx
/**
 * npm start: builds the extension, serves the demo news site (the five seed articles as news
 * pages) on 127.0.0.1 and opens Chromium with the extension loaded. With a display it is an
 * ordinary browser window; without one it walks the reader's and fact-checker's path headless and
 * writes screenshots to demo-output/.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
// @ts-expect-error plain ESM helpers shared with the e2e tests and the benchmark
import { findChromium, launchWithExtension, repoRoot } from './lib/chromium.mjs';
// @ts-expect-error plain ESM helper
import { serveFixtures } from './lib/serve.mjs';
import {
  addNoteOnFirstMention,
  mentionPoint,
  tabIdOf,
  waitForHighlights,
  waitForPopoverOpen,
} from '../tests/e2e/page-helpers';

const outDir = join(repoRoot, 'demo-output');
const article = (slug: string) => `site/news/${slug}.html`;
const pages = {
  misdated: article('001-mexico-rejects-stay-in-mexico-extension'),
  figures: article('000-mexico-offers-to-send-asylum-seekers-home'),
  copy: article('002-no-formal-agreement-remain-in-mexico'),
  revived: article('003-sheinbaum-has-not-agreed-to-accept-migrants'),
  /** A page dated March 2022, while the court-ordered restart was running. */
  dated2022: 'pages/era-2022.html',
};

async function main() {
  if (!findChromium()) {
    console.error('npm start needs Chromium: run `bash scripts/install-browsers.sh` (or set CHROME_PATH).');
    process.exit(1);
  }
  if (!process.env.SKIP_BUILD) execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit', cwd: repoRoot });
  const server = await serveFixtures();
  const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && process.env.CI !== 'true';
  const { context, extensionId, userDataDir } = await launchWithExtension({ headless: !headed });
  // The browser's throwaway profile goes with the browser.
  const dropProfile = () => rmSync(userDataDir, { recursive: true, force: true });
  console.log(`Demo news site: ${server.url}/site/index.html`);
  if (headed) {
    const page = await context.newPage();
    await page.goto(`${server.url}/site/index.html`);
    console.log('Chromium is open with MPP Context loaded. Close the window (or press Ctrl+C) to stop.');
    await new Promise<void>((resolve) => {
      context.on('close', () => resolve());
      process.on('SIGINT', () => resolve());
    });
    await server.close();
    dropProfile();
    return;
  }
  try {
    const shots = await walk(context, extensionId, server.url);
    console.log('\nScreenshots of the real extension UI:');
    for (const s of shots) console.log(`  ${s}`);
  } finally {
    await context.close();
    await server.close();
    dropProfile();
  }
}

async function hoverFirstMention(page: Page): Promise<void> {
  const p = await mentionPoint(page, 0);
  await page.mouse.move(p.x, p.y);
  await waitForPopoverOpen(page);
  await page.waitForTimeout(200);
}

async function walk(context: BrowserContext, extensionId: string, base: string): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const shots: string[] = [];
  const shot = async (page: Page, name: string, fullPage = false) => {
    const path = join(outDir, name);
    await page.screenshot({ path, fullPage });
    shots.push(path);
  };

  // 1. A highlighted page: a 2019 report republished under a 2026 date.
  const page = await context.newPage();
  await page.goto(`${base}/${pages.misdated}`);
  const n = await waitForHighlights(page, 1);
  console.log(`001: ${n} mentions highlighted`);
  await shot(page, '01-highlighted-page.png');

  // 2. The popover on that page: the status on its printed date and at the events it reports,
  // the misdated page and its copy.
  await hoverFirstMention(page);
  await shot(page, '02-popover-001-misdated-copy.png');

  // 3. Figures side by side: 16,500 (July 2019) against 240 (March 2019).
  const figures = await context.newPage();
  await figures.goto(`${base}/${pages.figures}`);
  await waitForHighlights(figures, 1);
  await hoverFirstMention(figures);
  await shot(figures, '03-popover-000-figures.png');

  // 3b. January 2025 (003) and a page dated March 2022: the status each reader's date calls for.
  for (const [key, name] of [
    ['revived', '03b-popover-003-revival.png'],
    ['dated2022', '03c-popover-dated-2022.png'],
  ] as const) {
    const other = await context.newPage();
    await other.goto(`${base}/${pages[key]}`);
    await waitForHighlights(other, 1);
    await hoverFirstMention(other);
    await shot(other, name);
    await other.close();
  }

  // 4. The sidebar for that page, with a note on the first mention.
  const tabId = await tabIdOf(context, figures.url());
  const sidebar = await context.newPage();
  await sidebar.setViewportSize({ width: 420, height: 1100 });
  await sidebar.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`);
  // Painting notes on a site is the user's choice (its scripts can read highlights): turn it on here.
  await sidebar.check('[data-testid=control-show-notes]');
  await addNoteOnFirstMention(sidebar, {
    verdict: 'needs-context',
    text: '“More than 16,500” is the July 2019 count; in March 2019 officials said only 240 had been returned.',
    tags: 'figures, series',
  });
  await sidebar.locator('[data-testid=note-item]').first().scrollIntoViewIfNeeded();
  await shot(sidebar, '04-sidebar-with-note.png');
  await shot(sidebar, '05-sidebar-full.png', true);

  // 5. The page again, after a reload: the note is re-anchored in its verdict's colour.
  await figures.bringToFront();
  await figures.reload();
  await waitForHighlights(figures, 1, 'mpp-note');
  await shot(figures, '06-page-with-note.png');
  return shots;
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
