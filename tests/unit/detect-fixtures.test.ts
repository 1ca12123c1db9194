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

  it('find exactly the labelled mentions on every page, in order, and nothing else', () => {
    for (const file of pages) {
      const got = scan(file).hits.map((h) => h.mention.exact);
      expect(got, file).toEqual(labels[file]!.mentions);
    }
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
