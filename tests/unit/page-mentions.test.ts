// @vitest-environment happy-dom
/**
 * The reader's full scan (lib/reader/page-mentions.ts scanAll): each batch is painted as the scan
 * hands it over, before the scan ends, and the scan's own result then replaces what was painted;
 * a scan that a newer one superseded paints nothing more.
 */
import { describe, expect, it } from 'vitest';
import type { Highlighter } from '../../lib/reader/highlighter';
import { PageMentions, type PageHit, type Scanner } from '../../lib/reader/page-mentions';
import { MENTION_HIGHLIGHT } from '../../lib/reader/settings';

/** A highlighter that keeps what is painted under each name, as text. */
function recordingHighlighter(): Highlighter & { painted(): string[] } {
  const sets = new Map<string, Range[]>();
  return {
    native: true,
    add: (name, ranges) => sets.set(name, [...(sets.get(name) ?? []), ...ranges]),
    set: (name, ranges) => sets.set(name, [...ranges]),
    clear: (name) => (name ? sets.delete(name) : sets.clear()),
    setStyle: () => {},
    prepare: () => {},
    destroy: () => {},
    painted: () => (sets.get(MENTION_HIGHLIGHT) ?? []).map((r) => r.toString()),
  };
}

function page(...paragraphs: string[]): { doc: Document; hit: (i: number, word: string) => PageHit } {
  document.body.innerHTML = paragraphs.map((p) => `<p>${p}</p>`).join('');
  const hit = (i: number, word: string): PageHit => {
    const node = document.body.children[i]!.firstChild as Text;
    const start = node.data.indexOf(word);
    return {
      startNode: node,
      startOffset: start,
      endNode: node,
      endOffset: start + word.length,
      topic: 'mpp',
    };
  };
  return { doc: document, hit };
}

/** A promise and the function that resolves it. */
function gate(): { wait: Promise<void>; open: () => void } {
  let open = () => {};
  const wait = new Promise<void>((resolve) => (open = resolve));
  return { wait, open };
}

describe('PageMentions.scanAll', () => {
  it('paints each batch as it is handed over; the scan result replaces them when it ends', async () => {
    const { doc, hit } = page('MPP began in 2019.', 'Remain in Mexico ended.', 'MPP again.');
    const highlighter = recordingHighlighter();
    const midScan = gate();
    const seenMidScan: string[][] = [];
    const scanner: Scanner = {
      scan: () => [],
      async scanSliced(_roots, pause, onBatch) {
        onBatch?.([hit(0, 'MPP')]);
        await pause();
        seenMidScan.push(highlighter.painted());
        onBatch?.([hit(1, 'Remain in Mexico')]);
        await pause();
        seenMidScan.push(highlighter.painted());
        await midScan.wait;
        // Judged again with what later batches established: the first batch's hit is not kept.
        return [hit(1, 'Remain in Mexico'), hit(2, 'MPP')];
      },
    };
    const mentions = new PageMentions(doc, scanner, highlighter);
    const done = mentions.scanAll();
    await expect.poll(() => seenMidScan.length).toBe(2);
    expect(seenMidScan).toEqual([['MPP'], ['MPP', 'Remain in Mexico']]);
    midScan.open();
    expect(await done).toBe(true);
    expect(highlighter.painted()).toEqual(['Remain in Mexico', 'MPP']);
    expect(mentions.items.map((m) => m.range.startContainer)).toEqual([
      doc.body.children[1]!.firstChild,
      doc.body.children[2]!.firstChild,
    ]);
  });

  it('paints nothing before the scan ends with the <mark> fallback, whose marks split the text it scans', async () => {
    const { doc, hit } = page('MPP began in 2019.', 'Remain in Mexico ended.');
    const highlighter = { ...recordingHighlighter(), native: false };
    let handedOver = false;
    const scanner: Scanner = {
      scan: () => [],
      async scanSliced(_roots, _pause, onBatch) {
        handedOver = !!onBatch;
        return [hit(0, 'MPP'), hit(1, 'Remain in Mexico')];
      },
    };
    expect(await new PageMentions(doc, scanner, highlighter).scanAll()).toBe(true);
    expect(handedOver).toBe(false);
    expect(highlighter.painted()).toEqual(['MPP', 'Remain in Mexico']);
  });

  it('paints nothing more for a scan a newer one superseded', async () => {
    const { doc, hit } = page('MPP began in 2019.', 'Remain in Mexico ended.');
    const highlighter = recordingHighlighter();
    const firstScan = gate();
    let calls = 0;
    const scanner: Scanner = {
      scan: () => [],
      async scanSliced(_roots, pause, onBatch) {
        if (++calls === 1) {
          await firstScan.wait;
          onBatch?.([hit(0, 'MPP')]);
          return (await pause()) ? null : [hit(0, 'MPP')];
        }
        onBatch?.([hit(1, 'Remain in Mexico')]);
        return [hit(1, 'Remain in Mexico')];
      },
    };
    const mentions = new PageMentions(doc, scanner, highlighter);
    const first = mentions.scanAll();
    await expect.poll(() => calls).toBe(1);
    const second = mentions.scanAll();
    expect(await second).toBe(true);
    firstScan.open();
    expect(await first).toBe(false);
    expect(highlighter.painted()).toEqual(['Remain in Mexico']);
  });
});
