/**
 * The page watcher (lib/reader/dom-watch.ts): what becomes a batch, what becomes a full sliced
 * rescan, and what the extension's own writes leave out. linkedom delivers mutation records as
 * a browser does, after the current task.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { watchDom } from '../../lib/reader/dom-watch';

function setup(opts: { floodThreshold?: number; largeBatch?: number; sliced?: boolean } = {}) {
  const { document } = parseHTML(
    '<!doctype html><html><head></head><body><main id="m"></main></body></html>',
  );
  const doc = document as unknown as Document;
  const batches: string[][] = [];
  const large: string[][] = [];
  let floods = 0;
  const watch = watchDom(
    doc,
    {
      ignore: () => false,
      onBatch: (roots) => batches.push(roots.map((r) => r.localName)),
      onFlood: () => floods++,
      ...(opts.sliced
        ? { onLargeBatch: (roots: Element[]) => large.push(roots.map((r) => r.localName)) }
        : {}),
      floodThreshold: opts.floodThreshold,
      largeBatch: opts.largeBatch,
    },
    new AbortController().signal,
  );
  const main = doc.getElementById('m')!;
  const settle = () => new Promise((r) => setTimeout(r, 120));
  return { doc, main, watch, batches, large, floods: () => floods, settle };
}

describe('watchDom', () => {
  it('hands added content over as one batch of its outermost roots', async () => {
    const t = setup();
    const section = t.doc.createElement('section');
    section.innerHTML = '<p>one</p><p>two</p>';
    t.main.append(section);
    section.querySelector('p')!.append(' more');
    await t.settle();
    expect(t.batches).toEqual([['section']]);
    expect(t.floods()).toBe(0);
  });

  it('hands one large subtree over as a large batch, to be scanned in slices', async () => {
    const t = setup({ largeBatch: 50, sliced: true });
    const article = t.doc.createElement('article');
    article.innerHTML = '<p>x</p>'.repeat(60);
    t.main.append(article);
    const small = t.doc.createElement('aside');
    small.innerHTML = '<p>y</p>';
    t.main.append(small);
    await t.settle();
    expect(t.large).toEqual([['article', 'aside']]);
    expect(t.batches).toEqual([]);
    expect(t.floods()).toBe(0);
  });

  it('turns one large subtree into a full rescan without a large-batch handler, as it does many roots', async () => {
    const t = setup({ largeBatch: 50, floodThreshold: 20 });
    const article = t.doc.createElement('article');
    article.innerHTML = '<p>x</p>'.repeat(60);
    t.main.append(article);
    await t.settle();
    expect(t.floods()).toBe(1);
    for (let i = 0; i < 30; i++) t.main.append(t.doc.createElement('p'));
    await t.settle();
    expect(t.floods()).toBe(2);
    expect(t.batches).toEqual([]);
  });

  it('leaves out what the extension writes inside quiet(), and keeps the page changes before it', async () => {
    const t = setup();
    const page = t.doc.createElement('aside');
    t.main.append(page);
    t.watch.quiet(() => t.main.append(t.doc.createElement('mark')));
    await t.settle();
    expect(t.batches).toEqual([['aside']]);
  });
});
