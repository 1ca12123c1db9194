/**
 * The reader's path in real Firefox, on the same fixture pages as the Chromium suite: highlights
 * with zero page mutations, the popover by hover and by keyboard with the status and its sources,
 * Escape, a pushState navigation, axe-core on the popover. The sidebar page is not reached: Firefox
 * refuses WebDriver BiDi navigation to moz-extension:// pages ("Navigation to … is not allowed in
 * this context"), and page scripts may not open them.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { useFirefox } from './harness';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const seed000 = 'site/news/000-mexico-offers-to-send-asylum-seekers-home.html';

const highlightCount = (page: Page, name = 'mpp-mention') =>
  page.evaluate(
    (n) => (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(n)?.size ?? 0,
    name,
  );

async function waitForHighlights(page: Page, atLeast = 1, name = 'mpp-mention') {
  await page.waitForFunction(
    (n, min) =>
      ((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(n)?.size ?? 0) >= min,
    { timeout: 20_000 },
    name,
    atLeast,
  );
  return highlightCount(page, name);
}

const popoverText = (page: Page) =>
  page.evaluate(() => {
    const host = document.querySelector('mpp-context-popover') as HTMLElement | null;
    if (!host || host.style.display === 'none') return null;
    return host.shadowRoot?.querySelector('[data-testid=popover]')?.textContent ?? null;
  });

async function waitForPopover(page: Page, open: boolean) {
  await page.waitForFunction(
    (want) => {
      const host = document.querySelector('mpp-context-popover') as HTMLElement | null;
      const shown =
        !!host && host.style.display !== 'none' && !!host.shadowRoot?.querySelector('[data-testid=popover]');
      return shown === want;
    },
    { timeout: 15_000 },
    open,
  );
}

async function firstMentionPoint(page: Page) {
  return page.evaluate(() => {
    const ranges = [
      ...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('mpp-mention')!,
    ];
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    const r = ranges[0]!.getClientRects()[0]!;
    return { x: r.left + Math.min(8, r.width / 2), y: r.top + r.height / 2 };
  });
}

async function axe(page: Page, select?: string) {
  await page.evaluate(axeSource);
  return page.evaluate(async (sel) => {
    const run = (
      window as unknown as { axe: { run(ctx: unknown): Promise<{ violations: Array<{ id: string }> }> } }
    ).axe.run;
    const root = sel
      ? document.querySelector(sel)!.shadowRoot!.querySelector('[data-testid=popover]')!
      : document;
    return (await run(root)).violations.map((v) => v.id);
  }, select ?? null);
}

describe('MPP Context in Firefox', () => {
  const h = useFirefox();

  it('highlights mentions with the Highlight API and changes nothing in the page', async () => {
    const page = await h.browser.newPage();
    await page.evaluateOnNewDocument(() => {
      const w = window as unknown as { __mutations: string[] };
      w.__mutations = [];
      document.addEventListener('DOMContentLoaded', () =>
        new MutationObserver((records) => {
          for (const r of records)
            for (const n of r.addedNodes) w.__mutations.push((n as Element).localName ?? n.nodeName);
        }).observe(document.documentElement, {
          childList: true,
          subtree: true,
          characterData: true,
          attributes: true,
        }),
      );
    });
    await page.goto(`${h.baseUrl}/${seed000}`);
    expect(await waitForHighlights(page, 1)).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 500));
    const added = await page.evaluate(() => (window as unknown as { __mutations: string[] }).__mutations);
    // Nothing before a hover: no wrapper elements, no attributes.
    expect(added).toEqual([]);
    await page.close();
  });

  it('opens the popover on hover with the status and its sources, and closes it on Escape', async () => {
    const page = await h.open('pages/era-2022.html');
    await waitForHighlights(page, 1);
    const p = await firstMentionPoint(page);
    await page.mouse.move(p.x, p.y);
    await waitForPopover(page, true);
    const text = (await popoverText(page))!;
    expect(text).toMatch(/On this page’s date \(1 Mar 2022\): in operation/);
    await page.evaluate(() =>
      (
        document
          .querySelector('mpp-context-popover')!
          .shadowRoot!.querySelector('[data-testid=status-records-toggle]') as HTMLElement
      ).click(),
    );
    await page.waitForFunction(
      () =>
        !!document
          .querySelector('mpp-context-popover')!
          .shadowRoot!.querySelector('[data-testid=status-record]'),
    );
    expect(await axe(page, 'mpp-context-popover')).toEqual([]);
    await page.keyboard.press('Escape');
    await waitForPopover(page, false);
    await page.close();
  });

  it('opens the popover from the keyboard (Alt+Shift+N)', async () => {
    const page = await h.open(seed000);
    await waitForHighlights(page, 1);
    await page.keyboard.down('Alt');
    await page.keyboard.down('Shift');
    await page.keyboard.press('KeyN');
    await page.keyboard.up('Shift');
    await page.keyboard.up('Alt');
    await waitForPopover(page, true);
    expect(await popoverText(page)).toMatch(/This is 000, CBS News/);
    await page.keyboard.press('Escape');
    await waitForPopover(page, false);
    await page.close();
  });

  it('rescans after a single-page-app navigation (pushState, no Navigation API)', async () => {
    const page = await h.open('pages/plain.html');
    await new Promise((r) => setTimeout(r, 500));
    expect(await highlightCount(page)).toBe(0);
    await page.evaluate(() => {
      history.pushState({}, '', '/pages/spa-next.html');
      const main = document.querySelector('main')!;
      main.innerHTML =
        '<h1>Court revives Remain in Mexico</h1><p>The Migrant Protection Protocols return asylum seekers to Mexico.</p>';
    });
    expect(await waitForHighlights(page, 2)).toBeGreaterThanOrEqual(2);
    await page.close();
  });
});
