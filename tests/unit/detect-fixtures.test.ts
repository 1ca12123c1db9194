/**
 * Precision and recall of mention detection over the labelled saved pages in
 * tests/fixtures/detection, with the curated pack's topic, parsed by linkedom exactly as the
 * CLI does. expected.json lists, per page, the exact text of each mention in document order.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { mppPack } from '../../data/mpp/index';
import { createMatcher, scanRoot } from '../../lib/detect/matcher';
import { visibleText } from '../../lib/detect/visible-text';
import expected from '../fixtures/detection/expected.json';

const dir = fileURLToPath(new URL('../fixtures/detection/', import.meta.url));
const pages = readdirSync(dir)
  .filter((f) => f.endsWith('.html'))
  .sort();
const labels = expected.files as Record<string, { description: string; mentions: string[] }>;

/** Length of the longest common subsequence: found and expected mentions paired in order. */
function pairedInOrder(found: string[], wanted: string[]): number {
  const row = new Array<number>(wanted.length + 1).fill(0);
  for (const f of found) {
    let diagonal = 0;
    for (let j = 1; j <= wanted.length; j++) {
      const above = row[j]!;
      row[j] = f === wanted[j - 1] ? diagonal + 1 : Math.max(row[j]!, row[j - 1]!);
      diagonal = above;
    }
  }
  return row[wanted.length]!;
}

const matcher = createMatcher([mppPack.topic]);

function scan(file: string) {
  const { document } = parseHTML(readFileSync(dir + file, 'utf8'));
  return { document, hits: scanRoot(document, matcher) };
}

describe('detection fixtures', () => {
  it('label every page, and every label occurs in its page text', () => {
    expect(Object.keys(labels).sort()).toEqual(pages);
    for (const file of pages) {
      const text = visibleText(scan(file).document).text;
      for (const exact of labels[file]!.mentions)
        expect(text, `${file}: ${JSON.stringify(exact)}`).toContain(exact);
    }
  });

  it('reach precision and recall of at least 0.95', () => {
    let truePositives = 0;
    let found = 0;
    let wanted = 0;
    const rows: string[] = [];
    for (const file of pages) {
      const got = scan(file).hits.map((h) => h.mention.exact);
      const want = labels[file]!.mentions;
      const paired = pairedInOrder(got, want);
      truePositives += paired;
      found += got.length;
      wanted += want.length;
      const status = paired === got.length && paired === want.length ? 'ok' : 'MISS';
      rows.push(
        `${status.padEnd(4)} ${file.padEnd(32)} found ${got.length}, expected ${want.length}, paired ${paired}`,
      );
      if (status !== 'ok')
        rows.push(`       found:    ${JSON.stringify(got)}\n       expected: ${JSON.stringify(want)}`);
    }
    const precision = found === 0 ? 1 : truePositives / found;
    const recall = wanted === 0 ? 1 : truePositives / wanted;
    console.log(
      `${rows.join('\n')}\n` +
        `detection fixtures: ${pages.length} pages, ${wanted} labelled mentions, ${found} found, ${truePositives} correct\n` +
        `precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}`,
    );
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });

  it('keep a member of a provincial parliament out on a page that names the policy', () => {
    const exacts = (text: string) => matcher.match(text).map((m) => m.mention.exact);
    const page = 'The Migrant Protection Protocols return.\n';
    expect(exacts(`${page}Ottawa-area MPP resigns from cabinet.`)).toEqual(['Migrant Protection Protocols']);
    expect(exacts(`${page}A Windsor area MPP spoke.`)).toEqual(['Migrant Protection Protocols']);
    // The policy's own idioms stay mentions.
    expect(exacts(`${page}The Trump-era MPP ended.`)).toEqual(['Migrant Protection Protocols', 'MPP']);
  });

  it('give mentions whose offsets, prefix and suffix agree with the page text', () => {
    for (const file of pages) {
      const { document, hits } = scan(file);
      const text = visibleText(document).text;
      for (const { mention: m } of hits) {
        expect(text.slice(m.start, m.end)).toBe(m.exact);
        expect(text.slice(Math.max(0, m.start - 32), m.start)).toBe(m.prefix);
        expect(text.slice(m.end, m.end + 32)).toBe(m.suffix);
        expect(m.topic).toBe(mppPack.topic.id);
      }
    }
  });

  it('find the same mentions without the prefilter', () => {
    const plain = createMatcher([mppPack.topic], { prefilter: false });
    for (const file of pages) {
      const { document, hits } = scan(file);
      expect(
        scanRoot(document, plain).map((h) => h.mention),
        file,
      ).toEqual(hits.map((h) => h.mention));
    }
  });
});
