import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { buildPivotTemplate } from '../../lib/detect/pivot';
import { buildLatin1Pivot } from '../../lib/detect/gate-patterns';
import { mppPack } from '../../data/mpp/index';
import { useExtension } from './harness';
import { appendParagraph } from './page-helpers';

/**
 * Browsers without the CSS Custom Highlight API get <mark> elements instead. The real module
 * runs here in Chromium with the API hidden: it must paint exactly the range, across elements,
 * and take every mark out again so the page's DOM is as it was.
 */
describe('highlighter fallback without the Highlight API', () => {
  const h = useExtension();

  it('wraps a range split across elements and leaves no trace on clear', async () => {
    h.screenshotOnFailure('highlighter-fallback');
    const bundle = await build({
      entryPoints: ['lib/reader/highlighter.ts'],
      bundle: true,
      write: false,
      format: 'iife',
      globalName: 'mppHighlighter',
    });
    const page = await h.context.newPage();
    await page.setContent(
      '<p id="p">Under <em>Remain</em> in Mexico, asylum seekers wait.</p><p>Other text about MPP.</p>',
    );
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
    const result = await page.evaluate(() => {
      const api = (window as unknown as { mppHighlighter: typeof import('../../lib/reader/highlighter') })
        .mppHighlighter;
      const before = document.body.innerHTML;
      // Hide the API from the module, as in a browser that lacks it.
      Object.defineProperty(window, 'Highlight', { value: undefined, configurable: true });
      const hl = api.createHighlighter(document, { 'mpp-mention': 'background: yellow' });
      const em = document.querySelector('em')!;
      const range = document.createRange();
      range.setStart(em.firstChild!, 0);
      range.setEnd(em.nextSibling!, ' in Mexico'.length);
      hl.add('mpp-mention', [range]);
      const painted = [...document.querySelectorAll('mark[data-mpp-highlight="mpp-mention"]')].map(
        (m) => m.textContent,
      );
      const styled = getComputedStyle(document.querySelector('mark')!).backgroundColor;
      hl.clear('mpp-mention');
      hl.destroy();
      return {
        native: hl.native,
        painted,
        styled,
        restored: document.body.innerHTML === before,
        marks: document.querySelectorAll('mark').length,
      };
    });
    expect(result.native).toBe(false);
    expect(result.painted.join('')).toBe('Remain in Mexico');
    expect(result.styled).toBe('rgb(255, 255, 0)');
    expect(result.marks).toBe(0);
    expect(result.restored).toBe(true);
    await page.close();
  });

  it('paints with marks in the reader without taking its own marks for page changes', async () => {
    h.screenshotOnFailure('highlighter-fallback-reader');
    const bundle = await build({
      entryPoints: ['tests/e2e/entries/fallback-reader.ts'],
      bundle: true,
      write: false,
      format: 'iife',
      globalName: 'mppFallbackReader',
    });
    const page = await h.context.newPage();
    await page.setContent(
      '<h1>Court revives Remain in Mexico</h1><p>The <em>Migrant</em> Protection Protocols sent asylum seekers back.</p>',
    );
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
    type Stats = { batches: number; native: boolean };
    await page.evaluate(
      async ([template, latin1]) => {
        const w = window as unknown as {
          mppFallbackReader: { start(t: unknown, l: unknown): Promise<Stats> };
          stats: Stats;
        };
        w.stats = await w.mppFallbackReader.start(template, latin1);
      },
      [buildPivotTemplate(mppPack.topic.aliases)!, buildLatin1Pivot(mppPack.topic.aliases)] as const,
    );
    const state = () =>
      page.evaluate(() => ({
        batches: (window as unknown as { stats: Stats }).stats.batches,
        native: (window as unknown as { stats: Stats }).stats.native,
        marks: [...document.querySelectorAll('mark[data-mpp-highlight]')].map((m) => m.textContent).join('|'),
      }));
    await page.waitForTimeout(1000);
    const settled = await state();
    expect(settled.native).toBe(false);
    expect(settled.marks).toBe('Remain in Mexico|Migrant| Protection Protocols');
    // Its own marks are no page change: nothing was rescanned.
    expect(settled.batches).toBe(0);

    // A page change is one batch, painted, and then the page is quiet again.
    await appendParagraph(page, 'Judges weighed the MPP program again.');
    await page.waitForTimeout(1000);
    const after = await state();
    expect(after.batches).toBe(1);
    expect(after.marks).toBe('Remain in Mexico|Migrant| Protection Protocols|MPP');
    await page.waitForTimeout(600);
    expect((await state()).batches).toBe(1);
    await page.close();
  });
});
