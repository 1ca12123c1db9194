import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { copyPopoverForAxe, removePopoverCopy } from './popover-access';
import { seedPages, useExtension } from './harness';
import {
  addNoteOnFirstMention,
  highlightCount,
  mentionPoint,
  paintedShare,
  waitForHighlights,
  waitForPopoverOpen,
} from './page-helpers';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeResult {
  violations: Array<{ id: string; impact: string; nodes: Array<{ target: unknown }> }>;
}

async function axe(page: Page, context?: string): Promise<AxeResult['violations']> {
  // DevTools evaluation is not bound by the extension pages' CSP, which forbids inline scripts.
  await page.evaluate(axeSource);
  return page.evaluate(async (ctx) => {
    const run = (window as unknown as { axe: { run(ctx: unknown): Promise<AxeResult> } }).axe.run;
    const result = await run(ctx ?? document);
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  }, context ?? null);
}

describe('fact-checker sidebar in Chromium', () => {
  const h = useExtension();

  it('lists every mention in document order and reveals one on the page', async () => {
    h.screenshotOnFailure('sidebar-mentions');
    const page = await h.open(seedPages['001']);
    const n = await waitForHighlights(page, 5);
    const sidebar = await h.openSidebar(page);
    await sidebar.waitForSelector('[data-testid=mention-item]');
    expect(await sidebar.locator('[data-testid=mention-item]').count()).toBe(n);
    await sidebar.locator('[data-testid=mention-reveal]').nth(2).click();
    await page.waitForFunction(() => {
      const f = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('mpp-flash');
      return !!f && f.size === 1;
    });
    // Page check: the misdated copy is reported in the sidebar too.
    await sidebar.waitForSelector('[data-testid=date-check][data-disagrees=true]');
    expect(await sidebar.locator('[data-testid=copied-passage]').count()).toBeGreaterThanOrEqual(2);
    // The status on the page's printed date and at the events it reports, as in the popover.
    const status = await sidebar.textContent('[data-testid=status-lines]');
    expect(status).toMatch(/On this page’s date \(16 Jan 2026\): revival ordered/);
    expect(status).toMatch(/At the events it reports \(March 2019\): in operation/);
    await sidebar.close();
    await page.close();
  });

  it('adds a note with a verdict that is re-anchored and painted after a reload', async () => {
    h.screenshotOnFailure('sidebar-note');
    const page = await h.open(seedPages['000']);
    await waitForHighlights(page, 1);
    const sidebar = await h.openSidebar(page);
    await sidebar.setViewportSize({ width: 400, height: 900 });
    // Notes are painted on a site only once the user asks (the page's scripts can read highlights).
    await sidebar.check('[data-testid=control-show-notes]');
    await addNoteOnFirstMention(sidebar, {
      verdict: 'needs-context',
      text: 'The 16,500 figure is from July 2019; by March 2019 only 240 had been returned.',
      tags: 'figures, series',
    });
    await page.waitForFunction(() => {
      const n = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('mpp-note');
      return !!n && n.size === 1;
    });

    await page.reload();
    await waitForHighlights(page, 1);
    await page.waitForFunction(() => {
      const n = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('mpp-note');
      return !!n && n.size === 1;
    });
    const anchored = await page.evaluate(() =>
      [
        ...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('mpp-note')!,
      ][0]!.toString(),
    );
    expect(anchored).toBe('Remain in Mexico');
    await sidebar.reload();
    await sidebar.waitForSelector('[data-testid=note-item]');
    expect(await sidebar.locator('[data-testid=orphan-badge]').count()).toBe(0);
    await sidebar.screenshot({ path: 'test-results/sidebar-with-note.png' });
    await sidebar.close();
    await page.close();
  });

  it('searches the curated index with typos and in Spanish', async () => {
    h.screenshotOnFailure('sidebar-search');
    const page = await h.open(seedPages['003']);
    const sidebar = await h.openSidebar(page);
    await sidebar.fill('[data-testid=search-input]', 'Remian in Mexcio');
    await sidebar.waitForSelector('[data-testid=search-result]');
    expect(await sidebar.locator('[data-testid=search-result]').first().getAttribute('data-type')).toBe(
      'topic',
    );
    await sidebar.fill('[data-testid=search-input]', 'quedate en mexico');
    await sidebar.waitForFunction(
      () => document.querySelector('[data-testid=search-result]')?.getAttribute('data-type') === 'topic',
    );
    await sidebar.fill('[data-testid=search-input]', 'Sheinbaum');
    await sidebar.waitForSelector('[data-testid=search-result][data-type=fact]');
    await sidebar.close();
    await page.close();
  });

  it('exports notes in every format through the real UI', async () => {
    h.screenshotOnFailure('sidebar-export');
    const page = await h.open(seedPages['000']);
    await waitForHighlights(page, 1);
    const sidebar = await h.openSidebar(page);
    await sidebar.waitForSelector('[data-testid=note-item]'); // the note from the earlier test
    await sidebar.click('[data-testid=export-scope-all]');
    const read = async (testId: string) => {
      const [download] = await Promise.all([
        sidebar.waitForEvent('download'),
        sidebar.click(`[data-testid=${testId}]`),
      ]);
      const path = await download.path();
      return { name: download.suggestedFilename(), text: readFileSync(path!, 'utf8') };
    };
    const md = await read('export-markdown');
    expect(md.name).toMatch(/\.md$/);
    expect(md.text).toContain('> Remain in Mexico');
    expect(md.text).toContain('Needs context');
    const csv = await read('export-csv');
    expect(csv.text).toContain('\r\n');
    expect(csv.text).toMatch(/needs-context/);
    const wa = JSON.parse((await read('export-webannotation')).text);
    expect(wa['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(wa.first.items[0].target.selector.map((s: { type: string }) => s.type)).toEqual([
      'TextQuoteSelector',
      'TextPositionSelector',
    ]);
    const cr = JSON.parse((await read('export-claimreview')).text);
    expect(cr[0]['@type']).toBe('ClaimReview');
    expect(cr[0].claimReviewed).toBe('Remain in Mexico');
    expect(cr[0].reviewRating.alternateName).toBe('Needs context');
    await sidebar.close();
    await page.close();
  });

  it('exports all notes with the whole pack’s facts, whatever page is open', async () => {
    h.screenshotOnFailure('sidebar-export-other-page');
    // A note on a fact found by search on 003's page, linked to that fact.
    const page = await h.open(seedPages['003']);
    await waitForHighlights(page, 1);
    const sidebar = await h.openSidebar(page);
    await sidebar.fill('[data-testid=search-input]', 'Sheinbaum has not agreed');
    await sidebar.waitForSelector(
      '[data-testid=search-result][data-type=fact] [data-testid=search-note-on-fact]',
    );
    const factId = await sidebar
      .locator('[data-testid=search-result][data-type=fact]')
      .first()
      .getAttribute('data-id');
    await sidebar
      .locator('[data-testid=search-result][data-type=fact] [data-testid=search-note-on-fact]')
      .first()
      .click();
    await sidebar.selectOption('[data-testid=note-verdict]', 'accurate');
    await sidebar.fill('[data-testid=note-text]', 'Checked against the January 2025 report.');
    await sidebar.click('[data-testid=note-save]');
    await sidebar.waitForSelector(`[data-testid=note-item]`);
    await sidebar.close();
    await page.close();

    // The sidebar of a page about something else exports everything with the pack's statements.
    const other = await h.open('pages/plain.html');
    const sidebar2 = await h.openSidebar(other);
    // Once the sidebar knows its page (it re-renders then), all notes, not this page's none.
    await sidebar2.waitForSelector('[data-testid=page-title]');
    await sidebar2.check('[data-testid=export-scope-all]');
    const read = async (testId: string) => {
      const [download] = await Promise.all([
        sidebar2.waitForEvent('download'),
        sidebar2.click(`[data-testid=${testId}]`),
      ]);
      return readFileSync((await download.path())!, 'utf8');
    };
    const md = await read('export-markdown');
    expect(md).toContain(factId!);
    expect(md).not.toContain('not in the loaded topic pack');
    const cr = JSON.parse(await read('export-claimreview')) as Array<{ claimReviewed: string; url?: string }>;
    expect(cr.length).toBeGreaterThanOrEqual(2);
    for (const review of cr) expect(review.claimReviewed.length).toBeGreaterThan(0);
    expect(cr.some((r) => /Sheinbaum/.test(r.claimReviewed))).toBe(true);
    await sidebar2.close();
    await other.close();
  });

  it('has no axe-core violations in the sidebar or the popover, and works by keyboard', async () => {
    h.screenshotOnFailure('sidebar-a11y');
    const page = await h.open(seedPages['000']);
    await waitForHighlights(page, 1);
    const sidebar = await h.openSidebar(page);
    await sidebar.waitForSelector('[data-testid=mention-item]');
    expect(await axe(sidebar)).toEqual([]);

    // Keyboard alone: Tab reaches the search box, typing searches, Tab reaches a result.
    await sidebar.focus('body');
    let reached = false;
    for (let i = 0; i < 60 && !reached; i++) {
      await sidebar.keyboard.press('Tab');
      reached = await sidebar.evaluate(
        () => document.activeElement?.getAttribute('data-testid') === 'search-input',
      );
    }
    expect(reached).toBe(true);
    await sidebar.keyboard.type('Guatemala');
    await sidebar.waitForSelector('[data-testid=search-result]');
    expect(await axe(sidebar)).toEqual([]);

    // The popover lives in a closed shadow root, which axe cannot enter: axe checks a copy of its
    // markup and styles, in an open root at the same place on the page.
    const p = await mentionPoint(page, 0);
    await page.mouse.move(p.x, p.y);
    await waitForPopoverOpen(page);
    const copy = await copyPopoverForAxe(page);
    expect(await axe(page, copy)).toEqual([]);
    await removePopoverCopy(page);
    await sidebar.close();
    await page.close();
  });

  it('imports a notes file all or nothing, with a clear message for a bad file', async () => {
    h.screenshotOnFailure('sidebar-import');
    const page = await h.open(seedPages['002']);
    const sidebar = await h.openSidebar(page);
    await sidebar.waitForSelector('[data-testid=import-input]');
    await sidebar.setInputFiles('[data-testid=import-input]', {
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({
          '@context': 'http://www.w3.org/ns/anno.jsonld',
          type: 'AnnotationCollection',
          total: 1,
          first: { type: 'AnnotationPage', items: [{ id: 3 }] },
        }),
      ),
    });
    await sidebar.waitForSelector('[data-testid=import-error]');
    expect(await sidebar.textContent('[data-testid=import-error]')).toMatch(/items\[0\]/);
    expect(await sidebar.locator('[data-testid=note-item]').count()).toBe(0);
    await sidebar.setInputFiles('[data-testid=import-input]', 'tests/fixtures/notes-sample.json');
    await sidebar.waitForSelector('[data-testid=import-result]');
    expect(await sidebar.textContent('[data-testid=import-result]')).toMatch(/12/);
    expect(await highlightCount(page)).toBeGreaterThan(0);
    await sidebar.close();
    await page.close();
  });
});

describe('reader controls', () => {
  const h = useExtension();

  it('pauses everywhere, turns a site off and changes the colour, live on the open page', async () => {
    h.screenshotOnFailure('controls');
    const page = await h.open(seedPages['003']);
    const n = await waitForHighlights(page, 1);
    const sidebar = await h.openSidebar(page);
    await sidebar.waitForSelector('[data-testid=control-pause]');

    await sidebar.check('[data-testid=control-pause]');
    await page.waitForFunction(() => {
      const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('mpp-mention');
      return !h || h.size === 0;
    });
    await sidebar.uncheck('[data-testid=control-pause]');
    expect(await waitForHighlights(page, n)).toBe(n);

    await sidebar.check('[data-testid=control-site]');
    await page.waitForFunction(() => {
      const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('mpp-mention');
      return !h || h.size === 0;
    });
    // Off for this site survives a reload; other sites are unaffected.
    await page.reload();
    await page.waitForTimeout(800);
    expect(await highlightCount(page)).toBe(0);
    await sidebar.uncheck('[data-testid=control-site]');
    expect(await waitForHighlights(page, n)).toBe(n);

    await sidebar.locator('[data-testid=control-color]').evaluate((el: HTMLInputElement) => {
      el.value = '#66ccff';
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await page.waitForFunction(() =>
      [...document.adoptedStyleSheets].some((s) =>
        [...s.cssRules].some(
          (r) => r.cssText.includes('mpp-mention') && /102, 204, 255|#66ccff/i.test(r.cssText),
        ),
      ),
    );
    // Painted in the new colour: the chosen one outweighs the default rules injected at page start.
    expect(await paintedShare(page, 0, '#66ccff')).toBeGreaterThan(0.4);
    await sidebar.close();
    await page.close();
  });
});
