import type { BrowserContext, Page } from 'playwright-core';
import { inPopover, waitInPopover } from './popover-access';

/** Number of ranges the content script registered under a highlight name (CSS.highlights is per document). */
export function highlightCount(page: Page, name = 'mpp-mention'): Promise<number> {
  return page.evaluate((n) => {
    const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(n);
    return h ? h.size : 0;
  }, name);
}

/**
 * Waits until the highlight holds at least `atLeast` ranges, the reader answers, and the highlight
 * has settled: the same Highlight object and the same ranges for SETTLED_FRAMES frames and
 * SETTLED_MS in a row. The gate's early paint comes first, and the reader paints the top of a
 * page before the rest: a test that picks a range must pick it from the reader's final set. (The
 * page cannot tell when the reader is done, by design: this is the nearest it can see.)
 */
export async function waitForHighlights(page: Page, atLeast = 1, name = 'mpp-mention'): Promise<number> {
  await page.waitForFunction(
    ([n, min]) => {
      const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(n as string);
      return !!h && h.size >= (min as number);
    },
    [name, atLeast] as const,
    { timeout: 15_000 },
  );
  // The gate's early paint may be what holds them: the reader, once it answers, paints in its place.
  await readerAnswers(page);
  // No function declared inside: the demo runs this helper through tsx, whose keepNames would
  // wrap one in a helper the page does not have.
  await page.evaluate(
    async ([n, frames, ms]) => {
      let last: { h: unknown; ranges: Range[] } | null = null;
      let same = 0;
      let since = performance.now();
      const deadline = performance.now() + 10_000;
      for (;;) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(n as string);
        const ranges = h ? [...h] : [];
        const unchanged =
          !!last &&
          last.h === h &&
          last.ranges.length === ranges.length &&
          last.ranges.every((r, i) => r === ranges[i]);
        same = unchanged ? same + 1 : 0;
        if (!unchanged) since = performance.now();
        last = { h, ranges };
        if (same >= (frames as number) && performance.now() - since >= (ms as number)) return;
        if (performance.now() > deadline) throw new Error(`highlight ${n} never settled`);
      }
    },
    [name, SETTLED_FRAMES, SETTLED_MS] as const,
  );
  return highlightCount(page, name);
}

/**
 * Resolves once the page's reader answers a message: it has started (after the gate's early
 * paint, which follows the same read of the settings) and its first scan is under way. No event
 * tells the page's world that the reader listens, so the service worker asks again every 50 ms.
 */
export async function readerAnswers(page: Page, timeout = 15_000): Promise<void> {
  const context = page.context();
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const deadline = Date.now() + timeout;
  let tabId: number | undefined;
  for (;;) {
    tabId ??= await tabIdOf(context, page.url());
    const answered =
      tabId !== undefined &&
      (await worker.evaluate(async (id) => {
        const api = (
          globalThis as unknown as {
            chrome: { tabs: { sendMessage(id: number, m: object): Promise<unknown> } };
          }
        ).chrome;
        return api.tabs.sendMessage(id, { type: 'selection.get', payload: {} }).then(
          () => true,
          () => false,
        );
      }, tabId));
    if (answered) return;
    if (Date.now() > deadline) throw new Error(`the reader of ${page.url()} never answered`);
    await page.waitForTimeout(50);
  }
}

/** Frames, and milliseconds, a highlight must stay the same to count as settled (waitForHighlights). */
const SETTLED_FRAMES = 5;
const SETTLED_MS = 300;

/** Centre of the i-th mention range, in viewport coordinates (scrolled into view first). */
export async function mentionPoint(page: Page, index: number): Promise<{ x: number; y: number }> {
  return page.evaluate((i) => {
    const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('mpp-mention')!;
    const ranges = [...h].sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    const r = ranges[i]!;
    r.startContainer.parentElement!.scrollIntoView({ block: 'center' });
    const rect = r.getClientRects()[0]!;
    return { x: rect.left + Math.min(rect.width / 2, 20), y: rect.top + rect.height / 2 };
  }, index);
}

/** Waits until the popover shows its content. */
export async function waitForPopoverOpen(page: Page): Promise<void> {
  await waitInPopover(
    page,
    (root, host) => !!host && host.style.display !== 'none' && !!root?.querySelector('[data-testid=popover]'),
  );
}

/** Waits until the popover is gone or hidden. */
export async function waitForPopoverClosed(page: Page): Promise<void> {
  await waitInPopover(page, (_root, host) => !host || host.style.display === 'none');
}

/** Text shown in the popover's shadow root, or null when it is closed. */
export function popoverText(page: Page): Promise<string | null> {
  return inPopover(page, (root, host) =>
    !host || host.style.display === 'none' || !root ? null : root.textContent,
  );
}

export function popoverQuery(page: Page, testId: string): Promise<string[]> {
  return inPopover(
    page,
    (root, _host, id) =>
      root ? [...root.querySelectorAll(`[data-testid="${id}"]`)].map((e) => e.textContent ?? '') : [],
    testId,
  );
}

/** Adds a paragraph holding `text` at the end of the page's body, as a page's script would. */
export function appendParagraph(page: Page, text: string): Promise<void> {
  return page.evaluate((t) => {
    const p = document.createElement('p');
    p.textContent = t;
    document.body.append(p);
  }, text);
}

/**
 * Records every mutation of the page's DOM from DOMContentLoaded on (the parser is done then, and
 * the content script runs after the page's DOMContentLoaded handlers); read with pageMutations().
 */
export async function recordMutations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const log: string[] = [];
    (window as unknown as { __mutations: string[] }).__mutations = log;
    const start = () =>
      new MutationObserver((records) => {
        for (const r of records) {
          const target = r.target as Element;
          const node = (r.addedNodes[0] ?? r.removedNodes[0] ?? target) as Element;
          const name = (node.nodeName || '').toLowerCase();
          const inHost = (n: Node | null) => !!n && n.nodeName.toLowerCase() === 'mpp-context-popover';
          log.push(`${r.type}:${name}:${inHost(target) || inHost(node) ? 'host' : 'page'}`);
        }
      }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    document.addEventListener('DOMContentLoaded', start, { once: true });
  });
}

export function pageMutations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __mutations: string[] }).__mutations ?? []);
}

/** The id of the tab showing `url`, asked from the extension's service worker. */
export async function tabIdOf(context: BrowserContext, url: string): Promise<number | undefined> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return worker.evaluate(async (u: string) => {
    type Tab = { id?: number; url?: string };
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Tab[]> } } }).chrome;
    return (await api.tabs.query({})).find((t) => t.url === u)?.id;
  }, url);
}

/** In the sidebar: a note on the first listed mention, saved, as a fact-checker would type it. */
export async function addNoteOnFirstMention(
  sidebar: Page,
  note: { verdict: string; text: string; tags: string },
): Promise<void> {
  await sidebar.waitForSelector('[data-testid=mention-add-note]');
  await sidebar.locator('[data-testid=mention-add-note]').first().click();
  await sidebar.selectOption('[data-testid=note-verdict]', note.verdict);
  await sidebar.fill('[data-testid=note-text]', note.text);
  await sidebar.fill('[data-testid=note-tags]', note.tags);
  await sidebar.click('[data-testid=note-save]');
  await sidebar.waitForSelector('[data-testid=note-item]');
}

/**
 * Share of the pixels of the i-th mention's first line box that show `hex` (within a small
 * tolerance), from a real screenshot: proves the highlight is painted, not only registered.
 * The PNG is decoded by a canvas in a blank page of the same browser.
 */
export async function paintedShare(page: Page, index: number, hex: string): Promise<number> {
  const rect = await page.evaluate((i) => {
    const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('mpp-mention')!;
    const r = [...h].sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b))[i]!;
    r.startContainer.parentElement!.scrollIntoView({ block: 'center' });
    const b = r.getClientRects()[0]!;
    return { x: b.left, y: b.top, width: b.width, height: b.height };
  }, index);
  const png = (await page.screenshot({ clip: rect })).toString('base64');
  const blank = await page.context().newPage();
  try {
    return await blank.evaluate(
      async ([data, color]) => {
        const img = new Image();
        img.src = `data:image/png;base64,${data}`;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = img.width;
        canvas.height = img.height;
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        const px = ctx.getImageData(0, 0, img.width, img.height).data;
        const want = [1, 3, 5].map((k) => parseInt(color.slice(k, k + 2), 16));
        let hits = 0;
        for (let p = 0; p < px.length; p += 4) {
          if (want.every((c, j) => Math.abs(px[p + j]! - c) <= 8)) hits++;
        }
        return hits / (px.length / 4);
      },
      [png, hex] as const,
    );
  } finally {
    await blank.close();
  }
}
