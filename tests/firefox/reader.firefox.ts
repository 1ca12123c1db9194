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
import { ADDON_UUID, pollFor, useFirefox } from './harness';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const seed000 = 'site/news/000-mexico-offers-to-send-asylum-seekers-home.html';
const seed001 = 'site/news/001-mexico-rejects-stay-in-mexico-extension.html';

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

/**
 * The popover's closed shadow root, reached as only automation can: WebDriver BiDi serializes a
 * node's closed shadow root when asked (`includeShadowTree: 'all'`), and the shared reference it
 * gives can be passed back to a function in the page. A page's own scripts get `null`.
 */
interface BidiSession {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}
function bidi(page: Page): { session: BidiSession; context: string } {
  const ctx = (
    page.mainFrame() as unknown as {
      browsingContext: { id: string; userContext: { browser: { session: BidiSession } } };
    }
  ).browsingContext;
  return { session: ctx.userContext.browser.session, context: ctx.id };
}
async function inPopover<T>(page: Page, fn: string): Promise<T | null> {
  const { session, context } = bidi(page);
  const { result } = await session.send('script.evaluate', {
    expression: "document.querySelector('mpp-context-popover')",
    target: { context },
    awaitPromise: false,
    serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
  });
  const host = result.result as {
    type: string;
    sharedId?: string;
    value?: { shadowRoot?: { sharedId?: string } };
  };
  const rootId = host.type === 'node' ? host.value?.shadowRoot?.sharedId : undefined;
  if (!host.sharedId || !rootId) return null;
  const res = await session.send('script.callFunction', {
    functionDeclaration: `(root, host) => (${fn})(root, host)`,
    arguments: [{ sharedId: rootId }, { sharedId: host.sharedId }],
    target: { context },
    awaitPromise: true,
    resultOwnership: 'none',
  });
  const out = res.result as { type: string; result?: { type: string; value?: unknown } };
  if (out.type !== 'success') throw new Error(`inPopover: ${JSON.stringify(res.result).slice(0, 300)}`);
  const v = out.result!;
  return (v.type === 'null' || v.type === 'undefined' ? null : v.value) as T;
}

const popoverText = (page: Page) =>
  inPopover<string>(
    page,
    `(root, host) => host.style.display === 'none' ? null : root.querySelector('[data-testid=popover]')?.textContent ?? null`,
  );

async function waitForPopover(page: Page, open: boolean) {
  await pollFor(
    async () =>
      !!(await inPopover<boolean>(
        page,
        `(root, host) => host.style.display !== 'none' && !!root.querySelector('[data-testid=popover]')`,
      )),
    (shown) => shown === open,
    `the popover ${open ? 'open' : 'closed'}`,
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

/** axe-core on a page, or on a copy of the closed popover's markup and styles in an open root. */
async function axe(page: Page, popover = false) {
  if (popover) {
    const html = await inPopover<string>(page, `(root) => root.innerHTML`);
    await page.evaluate((markup) => {
      const copy = document.createElement('mpp-popover-axe-copy');
      copy.style.cssText = 'position:fixed;left:0;top:0;z-index:2147483647;';
      copy.attachShadow({ mode: 'open' }).innerHTML = markup;
      document.body.append(copy);
    }, html!);
  }
  await page.evaluate(axeSource);
  const ids = await page.evaluate(async (onCopy) => {
    const run = (
      window as unknown as { axe: { run(ctx: unknown): Promise<{ violations: Array<{ id: string }> }> } }
    ).axe.run;
    const root = onCopy
      ? document.querySelector('mpp-popover-axe-copy')!.shadowRoot!.querySelector('[data-testid=popover]')!
      : document;
    return (await run(root)).violations.map((v) => v.id);
  }, popover);
  if (popover) await page.evaluate(() => document.querySelector('mpp-popover-axe-copy')?.remove());
  return ids;
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
    // The page itself cannot reach the popover: its shadow root is closed.
    expect(
      await page.evaluate(() => document.querySelector('mpp-context-popover')?.shadowRoot ?? null),
    ).toBeNull();
    // A user's click on "Sources": the mouse at the button's place.
    // BiDi gives objects as typed pairs; strings come back as they are.
    const box = JSON.parse(
      (await inPopover<string>(
        page,
        `(root) => { const r = root.querySelector('[data-testid=status-records-toggle]').getBoundingClientRect(); return JSON.stringify({ x: r.left + r.width / 2, y: r.top + r.height / 2 }); }`,
      ))!,
    ) as { x: number; y: number };
    await page.mouse.click(box.x, box.y);
    await pollFor(
      () => inPopover<boolean>(page, `(root) => !!root.querySelector('[data-testid=status-record]')`),
      Boolean,
      'records after the click',
    );
    expect(await axe(page, true)).toEqual([]);
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

  it('reads text past Latin-1, fetching the full pivots for it from the extension', async () => {
    const page = await h.open('pages/plain.html');
    // BiDi reports no request of a content script. The file is web-accessible (the reader's
    // fetch needs it to be), so the page itself can read it at the extension's fixed test UUID.
    const template = await page.evaluate(
      (url) => fetch(url).then((r) => r.json() as Promise<{ body?: unknown }>),
      `moz-extension://${ADDON_UUID}/pivot-template.json`,
    );
    expect(typeof template.body).toBe('string');
    // What is not listed stays out of the page's reach.
    const hidden = await page.evaluate(
      (url) =>
        fetch(url).then(
          () => 'read',
          () => 'refused',
        ),
      `moz-extension://${ADDON_UUID}/background.js`,
    );
    expect(hidden).toBe('refused');
    await new Promise((r) => setTimeout(r, 500));
    // A soft hyphen inside the alias and a Polish name: text the Latin-1 pivot cannot read alone.
    await page.evaluate(() => {
      document.querySelector('main')!.innerHTML =
        '<p>El tribunal revivió el programa Que\u00addate en México, dijo Łukasz Wójcik.</p>';
    });
    expect(await waitForHighlights(page, 1)).toBe(1);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Migrant Prote\u00adction Protocols and Remain in Mexicō, said Łukasz.';
      document.querySelector('main')!.append(p);
    });
    expect(await waitForHighlights(page, 3)).toBe(3);
    await page.close();
  });

  it('lists the page’s mentions in the sidebar page (opened as a tab, pinned to the page) with no axe-core violations', async () => {
    const page = await h.open(seed001);
    const n = await waitForHighlights(page, 5);
    // The sidebar page learns the page's tab id as the extension sees it, then opens pinned to it
    // (sidepanel.html?tab=ID), as the README's "Load the unpacked build" says for Firefox tabs.
    const probe = await h.openExtensionTab('sidepanel.html');
    const tabId = await h.evalIn(
      probe,
      `browser.tabs.query({}).then((ts) => ts.find((t) => (t.url || '').includes('001-mexico-rejects'))?.id)`,
    );
    expect(typeof tabId).toBe('number');
    const side = await h.openExtensionTab(`sidepanel.html?tab=${tabId}`);
    const listed = await pollFor(
      () =>
        h.evalIn(side, `document.querySelectorAll('[data-testid=mention-item]').length`) as Promise<number>,
      (count) => count >= n,
      'every mention listed',
    );
    expect(listed).toBe(n);
    expect(await h.evalIn(side, `document.body.innerText.includes('Remain in Mexico')`)).toBe(true);
    await h.evalIn(side, `(0, eval)(${JSON.stringify(axeSource)}), 0`);
    expect(await h.evalIn(side, `axe.run(document).then((r) => r.violations.map((v) => v.id))`)).toEqual([]);
    await page.close();
  });

  it('adds a note in the sidebar page that is re-anchored after a reload, and exports it as Markdown', async () => {
    const page = await h.open(seed000);
    await waitForHighlights(page, 1);
    const probe = await h.openExtensionTab('sidepanel.html');
    const tabId = await h.evalIn(
      probe,
      `browser.tabs.query({}).then((ts) => ts.find((t) => (t.url || '').includes('000-mexico-offers'))?.id)`,
    );
    const side = await h.openExtensionTab(`sidepanel.html?tab=${tabId}`);
    const until = (expression: string) => pollFor(() => h.evalIn(side, expression), Boolean, expression);
    const notePainted = () =>
      pollFor(
        () =>
          page.evaluate(() => {
            const n = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('mpp-note');
            return n && n.size === 1 ? [...n][0]!.toString() : null;
          }),
        (painted) => painted !== null,
        'one note painted',
      );
    await until(`!!document.querySelector('[data-testid=mention-add-note]')`);
    // Notes are painted on a site only once the user asks; then a note on the first mention.
    await h.evalIn(
      side,
      `(() => {
        const box = document.querySelector('[data-testid=control-show-notes]');
        if (!box.checked) box.click();
        document.querySelector('[data-testid=mention-add-note]').click();
      })()`,
    );
    await until(`!!document.querySelector('[data-testid=note-text]')`);
    // One field at a time, as a user fills them: the form renders between its changes.
    const fill = (sel: string, value: string) =>
      h.evalIn(
        side,
        `(() => {
          const el = document.querySelector(${JSON.stringify(sel)});
          el.value = ${JSON.stringify(value)};
          el.dispatchEvent(new Event('input', { bubbles: true }));
          el.dispatchEvent(new Event('change', { bubbles: true }));
        })()`,
      );
    await fill('[data-testid=note-verdict]', 'needs-context');
    await until(`document.querySelector('[data-testid=note-verdict]').value === 'needs-context'`);
    await fill('[data-testid=note-text]', 'The 16,500 figure is from July 2019.');
    await fill('[data-testid=note-tags]', 'figures');
    await until(`document.querySelector('[data-testid=note-verdict]').value === 'needs-context'`);
    await h.evalIn(side, `document.querySelector('[data-testid=note-save]').click()`);
    await until(`!!document.querySelector('[data-testid=note-item]')`);
    expect(await notePainted()).toBe('Remain in Mexico');
    await page.reload();
    await waitForHighlights(page, 1);
    // Re-anchored in the reloaded page.
    expect(await notePainted()).toBe('Remain in Mexico');
    // The Markdown export, as the file the sidebar saves would hold it.
    await h.evalIn(
      side,
      `(() => {
        window.__saved = [];
        const create = URL.createObjectURL.bind(URL);
        URL.createObjectURL = (blob) => {
          void blob.text().then((t) => window.__saved.push(t));
          return create(blob);
        };
        document.querySelector('[data-testid=export-markdown]').click();
      })()`,
    );
    await until(`window.__saved.length > 0`);
    const md = (await h.evalIn(side, `window.__saved[0]`)) as string;
    expect(md).toContain('> Remain in Mexico');
    expect(md).toContain('Needs context');
    await page.close();
  });
});
