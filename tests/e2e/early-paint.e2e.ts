/**
 * The gate's early paint (lib/reader/early-paint.ts) as a reader's browser shows it: the names
 * painted while the reader is still loading, then the reader's own highlight in their place, and
 * never a highlight the reader does not keep, nor any at all where the user turned the reader off.
 * The page records, at every frame from its start, what the mention highlight holds: the registry
 * belongs to the page's document, so its own script can read it.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useExtension } from './harness';
import { readerAnswers, waitForHighlights } from './page-helpers';

const SITE = 'http://early-paint.test';
const filler = 'The border court heard the asylum case on Tuesday, and the judge asked for more time. ';
/** A long page: the reader's first paint comes well after the gate's, so frames show both. */
const PAGE = `<!doctype html><html><head><title>t</title></head><body><article>
<h1>Judge weighs the Migrant Protection Protocols</h1>
<p>Asylum seekers returned under the Migrant Protection Protocols waited in Ciudad Juárez.</p>
${Array.from({ length: 1500 }, (_, i) => `<p>${filler.repeat(8)}${i % 50 === 0 ? 'Critics of Remain in Mexico spoke.' : ''}</p>`).join('\n')}
</article></body></html>`;

interface Frame {
  /** Which Highlight object the registry held (1 = the first one seen). */
  object: number;
  texts: string[];
}

/** Records the mention highlight at every frame, from the page's start, in window.__frames. */
function recordFrames() {
  const ids = new WeakMap<object, number>();
  let seen = 0;
  const frames: Frame[] = [];
  (window as unknown as { __frames: Frame[] }).__frames = frames;
  const tick = () => {
    const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('mpp-mention');
    if (h && h.size) {
      if (!ids.has(h)) ids.set(h, ++seen);
      const object = ids.get(h)!;
      // Text and place: the same words elsewhere on the page are another range.
      const texts = [...h].map(
        (r) => `${r.toString()} @${r.startOffset} in "${(r.startContainer.textContent ?? '').slice(0, 40)}"`,
      );
      const last = frames[frames.length - 1];
      if (!last || last.object !== object || last.texts.length !== texts.length)
        frames.push({ object, texts });
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

const framesOf = (page: Page) => page.evaluate(() => (window as unknown as { __frames: Frame[] }).__frames);

describe('early paint in Chromium', () => {
  const h = useExtension();

  async function openPage() {
    const page = await h.context.newPage();
    await page.route(`${SITE}/**`, (route) =>
      route.fulfill({ status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: PAGE }),
    );
    await page.addInitScript(recordFrames);
    await page.goto(`${SITE}/`);
    return page;
  }

  async function setSettings(settings: unknown) {
    const worker = await h.serviceWorker();
    await worker.evaluate(async (s) => {
      const api = (
        globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }
      ).chrome;
      await api.storage.local.set({ settings: s });
    }, settings);
  }

  /** The reader has started, after the early paint would have happened, and a few frames passed. */
  async function readerStarted(page: Page) {
    await readerAnswers(page);
    // A few frames more, for a paint made just before to show.
    await page.evaluate(async () => {
      for (let n = 0; n < 5; n++) await new Promise((resolve) => requestAnimationFrame(resolve));
    });
  }

  it('paints the names first, then the reader paints in their place, keeping them', async () => {
    h.screenshotOnFailure('early-paint');
    const page = await openPage();
    // The reader's own paint holds the phrases too: the early one never does.
    await page.waitForFunction(() =>
      (window as unknown as { __frames: Frame[] }).__frames.some((f) =>
        f.texts.some((t) => t.startsWith('Remain in Mexico @')),
      ),
    );
    const all = await waitForHighlights(page, 32);
    const frames = await framesOf(page);
    const final = frames[frames.length - 1]!;
    expect(final.texts).toHaveLength(all);
    // The first frame with a highlight shows the gate's: only the two names near the top.
    expect(frames[0]!.texts).toEqual([
      'Migrant Protection Protocols @17 in "Judge weighs the Migrant Protection Prot"',
      'Migrant Protection Protocols @34 in "Asylum seekers returned under the Migran"',
    ]);
    expect(final.object).not.toBe(frames[0]!.object);
    // Every range any frame showed is one the reader keeps.
    for (const f of frames) for (const t of f.texts) expect(final.texts).toContain(t);
    await page.close();
  });

  it('paints nothing, not even for a frame, where the reader is off, paused, or in another colour', async () => {
    h.screenshotOnFailure('early-paint-off');
    try {
      for (const settings of [{ disabledHosts: ['early-paint.test'] }, { paused: true }]) {
        await setSettings(settings);
        const page = await openPage();
        await readerStarted(page);
        expect(await framesOf(page), JSON.stringify(settings)).toEqual([]);
        await page.close();
      }
      // In a colour of the user's, only the reader paints: one Highlight object, from the start.
      await setSettings({ color: '#66ccff' });
      const page = await openPage();
      await waitForHighlights(page, 32);
      const frames = await framesOf(page);
      expect(new Set(frames.map((f) => f.object)).size).toBe(1);
      await page.close();
    } finally {
      await setSettings({});
    }
  });
});
