import { describe, expect, it } from 'vitest';
import { inPopover, waitInPopover } from './popover-access';
import { seedPages, useExtension } from './harness';
import { mentionPoint, waitForHighlights } from './page-helpers';

describe('notes: selection, orphans, popover link, article page', () => {
  const h = useExtension();

  it('starts a note on the page selection when the context menu asks for it', async () => {
    h.screenshotOnFailure('intent-selection');
    const page = await h.open(seedPages['003']);
    await waitForHighlights(page, 1);
    const sidebar = await h.openSidebar(page);
    await sidebar.waitForSelector('[data-testid=mention-item]');
    // Select a sentence on the page, then do what the context menu item does: leave an intent.
    await page.evaluate(() => {
      const p = [...document.querySelectorAll('p')].find((e) =>
        e.textContent!.includes('In 2021, President Joe Biden'),
      )!;
      const r = document.createRange();
      r.selectNodeContents(p);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(r);
    });
    const tabId = new URL(sidebar.url()).searchParams.get('tab');
    const worker = await h.serviceWorker();
    await worker.evaluate(async (key: string) => {
      const api = (
        globalThis as unknown as { chrome: { storage: { session: { set(v: object): Promise<void> } } } }
      ).chrome;
      await api.storage.session.set({ [key]: { kind: 'note-on-selection' } });
    }, `sidebarIntent:${tabId}`);
    await sidebar.waitForSelector('[data-testid=note-form]');
    expect(await sidebar.textContent('[data-testid=note-target]')).toContain(
      'In 2021, President Joe Biden ended the MPP program',
    );
    await sidebar.selectOption('[data-testid=note-verdict]', 'accurate');
    await sidebar.click('[data-testid=note-save]');
    await sidebar.waitForSelector('[data-testid=note-item]');
    // What the page's own scripts can see of the user's notes: nothing until the user turns
    // painting on for this site, then one neutral highlight, never the verdict.
    const pageView = () =>
      page.evaluate(() => {
        const all = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
        return { names: [...all.keys()], notes: all.get('mpp-note')?.size ?? 0 };
      });
    await page.waitForTimeout(500);
    expect((await pageView()).notes).toBe(0);
    const noteCount = (expected: number) =>
      page.waitForFunction(
        (n) =>
          ((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('mpp-note')?.size ??
            0) === n,
        expected,
      );
    await sidebar.check('[data-testid=control-show-notes]');
    await noteCount(1);
    const seen = await pageView();
    expect(seen.names.filter((n) => /accurate|verdict|note-./.test(n))).toEqual([]);
    await sidebar.uncheck('[data-testid=control-show-notes]');
    await noteCount(0);
    expect(await sidebar.locator('[data-testid=note-item]').count()).toBe(1);
    await sidebar.check('[data-testid=control-show-notes]');
    await noteCount(1);
    await sidebar.close();
    await page.close();
  });

  it('paints a note on a page that never mentions the policy, after a reload', async () => {
    h.screenshotOnFailure('note-plain-page');
    const page = await h.open('pages/plain.html');
    // No anchor on this page: the content script's gate has not loaded the reader, and nothing
    // in the page listens. The sidebar's question wakes it (scripting.executeScript).
    await page.waitForTimeout(500);
    const sidebar = await h.openSidebar(page);
    await sidebar.waitForSelector('[data-testid=note-on-selection]');
    await sidebar.waitForSelector('[data-testid=page-title]');
    await sidebar.check('[data-testid=control-show-notes]');
    expect(await sidebar.locator('[data-testid=page-unavailable]').count()).toBe(0);
    expect(await sidebar.locator('[data-testid=mention-item]').count()).toBe(0);
    await page.evaluate(() => {
      const p = document.querySelectorAll('p')[1]!;
      const r = document.createRange();
      r.selectNodeContents(p);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(r);
    });
    await sidebar.click('[data-testid=note-on-selection]');
    await sidebar.waitForSelector('[data-testid=note-form]');
    await sidebar.selectOption('[data-testid=note-verdict]', 'unverifiable');
    await sidebar.click('[data-testid=note-save]');
    await sidebar.waitForSelector('[data-testid=note-item]');
    await sidebar.close();
    // After a reload only the background knows this page has a note: it asks the page to paint it.
    await page.reload();
    await page.waitForFunction(
      () =>
        ((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('mpp-note')?.size ??
          0) === 1,
    );
    await page.close();
  });

  it('lists a note whose passage is gone as an orphan, never losing it', async () => {
    h.screenshotOnFailure('orphan');
    const page = await h.open('pages/dynamic.html');
    await waitForHighlights(page, 1);
    await page.click('#more');
    await waitForHighlights(page, 2);
    const sidebar = await h.openSidebar(page);
    await sidebar.waitForSelector('[data-testid=mention-item][data-index="1"]');
    await sidebar.locator('[data-testid=mention-add-note]').nth(1).click();
    await sidebar.fill('[data-testid=note-text]', 'Which week? The update gives no date.');
    await sidebar.click('[data-testid=note-save]');
    await sidebar.waitForSelector('[data-testid=note-item]');
    // The update was added by script: after a reload it is gone, and so is the note's passage.
    await page.reload();
    await waitForHighlights(page, 1);
    await sidebar.reload();
    await sidebar.waitForSelector('[data-testid=note-item][data-orphan=true]');
    expect(await sidebar.locator('[data-testid=orphan-badge]').count()).toBe(1);
    expect(await sidebar.textContent('[data-testid=note-item]')).toContain('Which week?');
    await sidebar.close();
    await page.close();
  });

  it("opens the sidebar at a mention from the popover's link", async () => {
    h.screenshotOnFailure('popover-link');
    const page = await h.open(seedPages['001']);
    await waitForHighlights(page, 3);
    const p = await mentionPoint(page, 2);
    await page.mouse.move(p.x, p.y);
    await waitInPopover(page, (root) => !!root?.querySelector('[data-testid=popover-open-sidebar]'));
    // The page cannot reach the popover: its shadow root is closed.
    expect(
      await page.evaluate(() => document.querySelector('mpp-context-popover')?.shadowRoot ?? null),
    ).toBeNull();
    // A scripted click (here from the extension's own world, as if a page had reached the button)
    // is not the user's: nothing opens, no tab, no panel.
    const pagesBefore = h.context.pages().length;
    await inPopover(page, (root) =>
      (root!.querySelector('[data-testid=popover-open-sidebar]') as HTMLElement).click(),
    );
    await page.waitForTimeout(800);
    expect(h.context.pages().length).toBe(pagesBefore);
    // The user's click asks for the panel at this mention. Headless Chromium has no side panel to
    // show, and a page's request never falls back to a tab: the mention waits for the sidebar.
    const box = await inPopover(page, (root) => {
      const r = root!.querySelector('[data-testid=popover-open-sidebar]')!.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.mouse.move(box.x, box.y, { steps: 4 });
    await page.mouse.click(box.x, box.y);
    await page.waitForTimeout(800);
    expect(h.context.pages().length).toBe(pagesBefore);
    const sidebar = await h.openSidebar(page);
    await sidebar.waitForFunction(
      () => document.activeElement?.closest('[data-testid=mention-item]')?.getAttribute('data-index') === '2',
    );
    await sidebar.close();
    await page.close();
  });

  it('opens a source from search in the article page with the quote highlighted', async () => {
    h.screenshotOnFailure('reader-page');
    const page = await h.open(seedPages['000']);
    const sidebar = await h.openSidebar(page);
    await sidebar.fill('[data-testid=search-input]', 'Guatemala Asylum Cooperative Agreement');
    await sidebar.waitForSelector('[data-testid=search-open-source]');
    const opened = h.context.waitForEvent('page');
    await sidebar.locator('[data-testid=search-open-source]').first().click();
    const reader = await opened;
    await reader.waitForSelector('[data-testid=article-quote]');
    const quote = await reader.textContent('[data-testid=article-quote]');
    expect(quote!.length).toBeGreaterThan(10);
    expect(await reader.textContent('[data-testid=article-text]')).toContain(quote!);
    await reader.close();
    await sidebar.close();
    await page.close();
  });
});
