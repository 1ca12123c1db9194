import { describe, expect, it } from 'vitest';
import { clickInPopover, inPopover, waitInPopover } from './popover-access';
import { seedPages, useExtension } from './harness';
import {
  appendParagraph,
  highlightCount,
  mentionPoint,
  pageMutations,
  paintedShare,
  popoverQuery,
  popoverText,
  recordMutations,
  waitForHighlights,
  waitForPopoverClosed,
  waitForPopoverOpen,
} from './page-helpers';

describe('reader flow in Chromium', () => {
  const h = useExtension();

  it('highlights mentions on a seed page without changing the page DOM', async () => {
    h.screenshotOnFailure('reader-highlights');
    const page = await h.context.newPage();
    await recordMutations(page);
    await page.goto(`${h.baseUrl}/${seedPages['001']}`);
    const n = await waitForHighlights(page, 5);
    // 001 names the policy in its title, as "Migrant Protection Protocols" and as “Remain in Mexico” four times.
    expect(n).toBeGreaterThanOrEqual(6);
    const ranges = await page.evaluate(() =>
      [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('mpp-mention')!].map(
        (r) => r.toString(),
      ),
    );
    expect(ranges).toContain('Migrant Protection Protocols');
    expect(ranges.filter((r) => r === 'Remain in Mexico').length).toBeGreaterThanOrEqual(4);
    // Painted, not only registered: most of the mention's line box shows the default colour,
    // from the stylesheet the manifest injects, so no sheet was adopted (no restyle of the page).
    expect(await paintedShare(page, 1, '#ffe066')).toBeGreaterThan(0.4);
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
    await page.waitForTimeout(500);
    expect(await pageMutations(page)).toEqual([]);
    await page.close();
  });

  it('finds nothing on a page about an Ontario MPP, a solar MPP and tourists', async () => {
    h.screenshotOnFailure('reader-negatives');
    const page = await h.open('pages/no-mention.html');
    await page.waitForTimeout(1500);
    expect(await highlightCount(page)).toBe(0);
    expect(await page.evaluate(() => document.querySelector('mpp-context-popover'))).toBeNull();
    // Nothing was found, not nothing was looked for: the sidebar wakes the reader on this page,
    // which scans it and reports no mention (a reader that never ran would leave it unavailable).
    const sidebar = await h.openSidebar(page);
    await sidebar.waitForSelector('[data-testid=page-title]');
    expect(await sidebar.locator('[data-testid=page-unavailable]').count()).toBe(0);
    expect(await sidebar.locator('[data-testid=mention-item]').count()).toBe(0);
    expect(await highlightCount(page)).toBe(0);
    // The same page with the policy named: the same reader highlights it.
    await appendParagraph(page, 'Asylum seekers were sent back under the Migrant Protection Protocols.');
    expect(await waitForHighlights(page, 1)).toBe(1);
    await sidebar.close();
    await page.close();
  });

  it('reads a page past Latin-1 at once, and fetches the full pivots for what it adds', async () => {
    h.screenshotOnFailure('reader-past-latin1');
    const page = await h.context.newPage();
    const origin = 'http://past-latin1.test';
    await page.route(`${origin}/**`, (route) =>
      route.fulfill({
        status: 200,
        headers: { 'content-type': 'text/html; charset=utf-8' },
        // A soft hyphen inside the alias, and a Polish name: text the Latin-1 pivot cannot read alone.
        body: '<!doctype html><meta charset="utf-8"><title>t</title><p>El tribunal revivió el programa Que\u00addate en México, dijo Łukasz Wójcik.</p>',
      }),
    );
    // Chromium reports the dynamic URL (use_dynamic_url) as a status-0 response, then the file.
    const template = new Promise<number>((resolve) =>
      page.on('response', (r) => {
        if (r.url().endsWith('/pivot-template.json') && r.status() !== 0) resolve(r.status());
      }),
    );
    await page.goto(`${origin}/`);
    // Found before the template could be at hand (the interim pivots), then the template is fetched.
    expect(await waitForHighlights(page, 1)).toBe(1);
    expect(await template).toBe(200);
    await appendParagraph(page, 'Migrant Prote\u00adction Protocols and Remain in Mexicō, said Łukasz.');
    expect(await waitForHighlights(page, 3)).toBe(3);
    await page.close();
  });

  it('drops mentions the page styles hide, once the page is styled', async () => {
    h.screenshotOnFailure('reader-hidden');
    const page = await h.open('pages/hidden.html');
    const visible = () =>
      page.evaluate(() =>
        [
          ...((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('mpp-mention') ??
            []),
        ].map((r) => r.toString()),
      );
    await page.waitForFunction(() => {
      const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('mpp-mention');
      return !!h && h.size === 1;
    });
    await page.waitForTimeout(300);
    // display:none and visibility:hidden from the stylesheet, and a closed <details>, are left out.
    expect(await visible()).toEqual(['Migrant Protection Protocols']);
    // A class toggle shows the hidden summary (no attribute the watcher follows): once it has a
    // box in view, its mention is found again.
    await page.click('#expand');
    await page.waitForFunction(() => {
      const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('mpp-mention');
      return !!h && h.size === 2;
    });
    expect((await visible()).sort()).toEqual(['Migrant Protection Protocols', 'Remain in Mexico']);
    await page.close();
  });

  it('opens the popover on hover with facts, figures side by side with dates, and related articles', async () => {
    h.screenshotOnFailure('reader-hover');
    const page = await h.context.newPage();
    await recordMutations(page);
    await page.goto(`${h.baseUrl}/${seedPages['000']}`);
    await waitForHighlights(page, 1);
    // The first mention's sentence carries "more than 16,500 migrants": its figure series must show.
    const p = await mentionPoint(page, 0);
    await page.mouse.move(p.x, p.y);
    await waitForPopoverOpen(page);
    const text = (await popoverText(page))!;
    expect(text).toContain('Migrant Protection Protocols');
    expect((await popoverQuery(page, 'popover-fact')).length).toBeGreaterThan(0);
    const figures = await popoverQuery(page, 'popover-figure');
    expect(figures.some((f) => f.includes('16,500') && f.includes('Jul 2019'))).toBe(true);
    expect(figures.some((f) => f.includes('240') && f.includes('Mar 2019'))).toBe(true);
    // Seed 000's own page is 000: said plainly, with no warning.
    expect((await popoverQuery(page, 'popover-signal-identity')).join(' ')).toMatch(/This is 000, CBS News/);
    expect(await popoverQuery(page, 'popover-signal-date')).toEqual([]);
    const tones = await inPopover(page, (root) =>
      [...root!.querySelectorAll('[data-tone]')].map((e) => e.getAttribute('data-tone')),
    );
    expect(tones).not.toContain('warn');
    // The first view fits 360×420 without scrolling; related articles are one "More" away.
    const box0 = await inPopover(page, (root) => {
      const pop = root!.querySelector('.pop') as HTMLElement;
      return { w: pop.offsetWidth, h: pop.scrollHeight };
    });
    expect(box0.w).toBeLessThanOrEqual(360);
    expect(box0.h).toBeLessThanOrEqual(420);
    await page.screenshot({ path: 'test-results/popover-000.png' });
    await clickInPopover(page, 'popover-more');
    await waitInPopover(page, (root) => !!root?.querySelector('[data-testid=popover-related]'));
    expect((await popoverQuery(page, 'popover-related')).length).toBeGreaterThan(0);

    // WCAG 1.4.13: moving onto the popover keeps it open.
    const box = await page.evaluate(() => {
      const r = document.querySelector('mpp-context-popover')!.getBoundingClientRect();
      return { x: r.left + 20, y: r.top + 20 };
    });
    await page.mouse.move(box.x, box.y, { steps: 5 });
    await page.waitForTimeout(800);
    expect(await popoverText(page)).not.toBeNull();

    // The only node the extension added is its popover host.
    const mutations = await pageMutations(page);
    expect(mutations.filter((m) => !m.endsWith(':host'))).toEqual([]);
    expect(mutations.some((m) => m.startsWith('childList:mpp-context-popover'))).toBe(true);
    await page.close();
  });

  it('sends nothing to the background until a hover, a focus or the sidebar asks', async () => {
    h.screenshotOnFailure('reader-lazy-context');
    const sw = await h.serviceWorker();
    await sw.evaluate(() => {
      const g = globalThis as unknown as { seenTypes: string[]; seenHooked?: boolean };
      g.seenTypes = [];
      if (g.seenHooked) return;
      g.seenHooked = true;
      const api = (
        globalThis as unknown as {
          chrome: { runtime: { onMessage: { addListener(f: (m: { type?: string }) => void): void } } };
        }
      ).chrome;
      api.runtime.onMessage.addListener((m) => void g.seenTypes.push(String(m?.type)));
    });
    const seen = () => sw.evaluate(() => (globalThis as unknown as { seenTypes: string[] }).seenTypes);
    const page = await h.open(seedPages['000']);
    await waitForHighlights(page, 3);
    // Long enough for anything a load would send (the scan has painted; a prefetch went at once).
    await page.waitForTimeout(800);
    expect(await seen()).toEqual([]);
    const at = await mentionPoint(page, 0);
    await page.mouse.move(at.x, at.y);
    await waitForPopoverOpen(page);
    expect(await seen()).toContain('page.prefetch');
    await page.close();
  });

  it('opens only after a hover delay, and closes when the pointer leaves for the page', async () => {
    h.screenshotOnFailure('reader-hover-timing');
    const page = await h.open(seedPages['000']);
    await waitForHighlights(page, 1);
    const p = await mentionPoint(page, 0);
    // Passing over a mention on the way elsewhere opens nothing.
    await page.mouse.move(p.x, p.y);
    await page.mouse.move(5, 5);
    await page.waitForTimeout(600);
    expect(await popoverText(page)).toBeNull();
    // Resting on it opens the popover.
    await page.mouse.move(p.x, p.y);
    await waitForPopoverOpen(page);
    // Leaving for a part of the page away from both the mention and the popover closes it.
    const away = await page.evaluate(() => {
      const r = document.querySelector('mpp-context-popover')!.getBoundingClientRect();
      return {
        x: r.right + 40 < innerWidth ? r.right + 40 : 5,
        y: r.bottom + 40 < innerHeight ? r.bottom + 40 : 5,
      };
    });
    await page.mouse.move(away.x, away.y);
    await waitForPopoverClosed(page);
    await page.close();
  });

  it('keeps the popover beside its mention when the page scrolls', async () => {
    h.screenshotOnFailure('reader-scroll');
    const page = await h.open(seedPages['000']);
    await waitForHighlights(page, 1);
    const p = await mentionPoint(page, 0);
    await page.mouse.move(p.x, p.y);
    await waitForPopoverOpen(page);
    const where = () =>
      page.evaluate(() => {
        const host = document.querySelector('mpp-context-popover') as HTMLElement;
        const range = [
          ...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('mpp-mention')!,
        ][0]!;
        return {
          host: host.getBoundingClientRect().top,
          mention: range.getBoundingClientRect().bottom,
          visibility: host.style.visibility,
        };
      });
    const before = await where();
    await page.evaluate(() => window.scrollBy(0, 60));
    await page.waitForTimeout(200);
    const after = await where();
    expect(before.mention - after.mention).toBeCloseTo(60, 0);
    // Below the mention (offset 6) or flipped above it: the gap to the mention stays the same.
    expect(after.host - after.mention).toBeCloseTo(before.host - before.mention, 0);
    // Scrolled out of view, the mention takes its popover with it.
    await page.evaluate(() => window.scrollBy(0, 3000));
    await page.waitForTimeout(200);
    expect((await where()).visibility).toBe('hidden');
    await page.close();
  });

  it('moves through mentions by keyboard, opens with Enter and closes with Escape', async () => {
    h.screenshotOnFailure('reader-keyboard');
    const page = await h.open(seedPages['001']);
    await waitForHighlights(page, 3);
    await page.keyboard.press('Alt+Shift+KeyN');
    await page.waitForFunction(() => {
      const f = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('mpp-focus');
      return !!f && f.size === 1;
    });
    await page.keyboard.press('Alt+Shift+KeyN');
    const focused = await page.evaluate(() =>
      [
        ...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('mpp-focus')!,
      ][0]!.toString(),
    );
    expect(focused).toBe('Migrant Protection Protocols');
    // Alt+Shift+P goes back, and from the first mention wraps round to the last one.
    const focusedText = () =>
      page.evaluate(() =>
        [
          ...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('mpp-focus')!,
        ][0]!.toString(),
      );
    const all = await page.evaluate(() =>
      [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('mpp-mention')!]
        .sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b))
        .map((r) => r.toString()),
    );
    await page.keyboard.press('Alt+Shift+KeyP');
    await page.keyboard.press('Alt+Shift+KeyP');
    expect(await focusedText()).toBe(all[all.length - 1]);
    await page.keyboard.press('Alt+Shift+KeyN');
    await page.keyboard.press('Alt+Shift+KeyN');
    expect(await focusedText()).toBe('Migrant Protection Protocols');
    await page.keyboard.press('Enter');
    await waitInPopover(
      page,
      (root, host) => !!host && host.style.display !== 'none' && root?.activeElement?.tagName === 'BUTTON',
    );
    // Page-level context on a misdated copy: 001 is dated 2026 but reports March 2019, and 002 copies it.
    const dateNote = await popoverQuery(page, 'popover-signal-date');
    expect(dateNote.join(' ')).toMatch(/Misdated.*16 Jan 2026.*March 2019/);
    const identity = (await popoverQuery(page, 'popover-signal-identity')).join(' ');
    expect(identity).toMatch(/This is 001, Mexico News Daily/);
    expect(identity).toMatch(/002 reprints it under another date \(28 May 2024\)/);
    // The status on the printed date and at the events it reports.
    const status = (await popoverQuery(page, 'status-lines')).join(' ');
    expect(status).toMatch(/On this page’s date \(16 Jan 2026\): revival ordered/);
    expect(status).toMatch(/At the events it reports \(March 2019\): in operation.*240/);
    await page.keyboard.press('Escape');
    await waitForPopoverClosed(page);
    // Enter on the popover's own close button is the button's, not a re-open.
    await page.keyboard.press('Alt+Shift+KeyN');
    await page.keyboard.press('Enter');
    await waitInPopover(page, (root) => root?.activeElement?.tagName === 'BUTTON');
    await page.keyboard.press('Enter');
    await waitForPopoverClosed(page);
    await page.close();
  });

  it('leaves its shortcuts to text fields, and takes only the Escape that closes its popover', async () => {
    h.screenshotOnFailure('reader-keys-fields');
    const page = await h.open(seedPages['001']);
    await waitForHighlights(page, 3);
    const focusSize = () =>
      page.evaluate(
        () =>
          (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('mpp-focus')?.size ?? 0,
      );
    // What the page itself sees of the keys: a listener of its own, and a field to type in.
    await page.evaluate(() => {
      const w = window as unknown as { pageKeys: string[] };
      w.pageKeys = [];
      document.addEventListener('keydown', (e) => w.pageKeys.push(`${e.key}:${e.defaultPrevented}`));
      const field = document.createElement('textarea');
      field.id = 'field';
      document.body.prepend(field);
    });
    await page.focus('#field');
    await page.keyboard.press('Alt+Shift+KeyN');
    await page.keyboard.press('Alt+Shift+KeyP');
    await page.waitForTimeout(300);
    expect(await focusSize()).toBe(0);
    const keys = async () =>
      (await page.evaluate(() => (window as unknown as { pageKeys: string[] }).pageKeys)).filter(
        (k) => !/^(Alt|Shift):/.test(k),
      );
    expect(await keys()).toEqual(['N:false', 'P:false']);

    // Outside the field, the same keys are the extension's; Escape then closes its popover only.
    await page.evaluate(() => (document.activeElement as HTMLElement).blur());
    await page.keyboard.press('Alt+Shift+KeyN');
    await waitForPopoverOpen(page);
    await page.keyboard.press('Escape');
    await waitForPopoverClosed(page);
    // With nothing of the extension's open, Escape is the page's.
    await page.keyboard.press('Escape');
    const seen = await keys();
    expect(seen.filter((k) => k.startsWith('Escape'))).toEqual(['Escape:false']);
    await page.close();
  });

  it('shows 002 as a misdated copy of 001', async () => {
    h.screenshotOnFailure('reader-002');
    const page = await h.open(seedPages['002']);
    await waitForHighlights(page, 1);
    const p = await mentionPoint(page, 0);
    await page.mouse.move(p.x, p.y);
    await waitInPopover(page, (root) => !!root?.querySelector('[data-testid=popover-signal-identity]'));
    expect((await popoverQuery(page, 'popover-signal-date')).join(' ')).toMatch(/28 May 2024.*March 2019/);
    expect((await popoverQuery(page, 'popover-signal-identity')).join(' ')).toMatch(
      /This is 002.*002 is a shortened copy of 001 \(Mexico News Daily, dated 16 Jan 2026/,
    );
    await page.close();
  });

  it('tracks at most 2,000 mentions on a page that repeats the name thousands of times', async () => {
    h.screenshotOnFailure('reader-many');
    const page = await h.open('pages/plain.html');
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.evaluate(() => {
      document.querySelector('main')!.innerHTML = Array.from(
        { length: 3000 },
        (_, i) => `<p>Item ${i}: asylum seekers under the Remain in Mexico policy.</p>`,
      ).join('');
    });
    await page.waitForFunction(
      () =>
        ((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('mpp-mention')?.size ??
          0) >= 2000,
      undefined,
      { timeout: 30_000 },
    );
    await page.waitForTimeout(500);
    expect(await highlightCount(page)).toBe(2000);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('picks up added content, floods and client-side navigation', async () => {
    h.screenshotOnFailure('reader-dynamic');
    const page = await h.open('pages/dynamic.html');
    expect(await waitForHighlights(page, 1)).toBe(1);
    await page.click('#more');
    expect(await waitForHighlights(page, 2)).toBe(2);
    // A re-render replaces the <em> inside the mention: the mention is rescanned, not left stale.
    await page.evaluate(() => {
      const em = document.querySelector('#feed em')!;
      const fresh = document.createElement('em');
      fresh.textContent = 'Remain';
      em.replaceWith(fresh);
    });
    await page.waitForFunction(() => {
      const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('mpp-mention')!;
      const texts = [...h].map((r) => r.toString());
      return texts.length === 2 && texts.filter((t) => t === 'Remain in Mexico').length === 1;
    });
    await page.click('#flood');
    // 1,500 items arrive at once: a chunked rescan finds the 15 mentions among them.
    expect(await waitForHighlights(page, 17)).toBe(17);
    // Added content the page's stylesheet hides is left out, as on a full scan.
    await page.click('#collapsed');
    await page.waitForTimeout(800);
    expect(await highlightCount(page)).toBe(17);
    // One subtree of 4,000 elements: scanned in slices, its 4 mentions found, and the popover
    // the reader has open stays open.
    const p = await mentionPoint(page, 0);
    await page.mouse.move(p.x, p.y);
    await waitForPopoverOpen(page);
    await page.evaluate(() => document.getElementById('big')!.click());
    expect(await waitForHighlights(page, 21)).toBe(21);
    expect(await popoverText(page)).not.toBeNull();
    await page.click('#spa');
    await page.waitForFunction(() => {
      const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('mpp-mention');
      return !!h && h.size === 1 && [...h][0]!.toString() === 'Quédate en México';
    });
    await page.close();
  });
});
