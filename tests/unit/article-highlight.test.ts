import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { locateQuote, paragraphsWithRange } from '../../components/article/SeedText';

const text =
  'Friday, January 16, 2026\n\nMexico rejects the plan.\n\nThe plan, dubbed “Remain in Mexico,” began\nearlier this year.\n';

const marked = (paragraphs: ReturnType<typeof paragraphsWithRange>) =>
  paragraphs.flatMap((p) => p.segments.filter((s) => s.marked).map((s) => s.text));

describe('reader highlighting', () => {
  it('finds a quote verbatim and marks it inside its paragraph', () => {
    const range = locateQuote(text, 'dubbed “Remain in Mexico,”');
    expect(range).not.toBeNull();
    const paragraphs = paragraphsWithRange(text, range);
    expect(paragraphs).toHaveLength(4);
    expect(paragraphs[2]?.segments).toEqual([
      { text: 'The plan, ', marked: false },
      { text: 'dubbed “Remain in Mexico,”', marked: true },
      { text: ' began', marked: false },
    ]);
  });

  it('marks a quote across a line break in each paragraph it touches', () => {
    const range = locateQuote(text, 'began earlier');
    expect(marked(paragraphsWithRange(text, range))).toEqual(['began', 'earlier']);
  });

  it('says not found rather than marking something else', () => {
    expect(locateQuote(text, 'Stay in Mexico')).toBeNull();
    expect(locateQuote(text, '   ')).toBeNull();
    expect(marked(paragraphsWithRange(text, null))).toEqual([]);
  });

  it('treats regex characters in a quote literally', () => {
    expect(locateQuote('a (b) c.d', '(b)  c.d')).toEqual([2, 9]);
    expect(locateQuote('a b', 'a.b')).toBeNull();
  });

  it('keeps every character of a real seed, paragraph by paragraph', () => {
    const seed = readFileSync(new URL('../../seeds/001_a5f20182c0ab503f.txt', import.meta.url), 'utf8');
    const quote = 'formally called the Migrant Protection Protocols';
    const paragraphs = paragraphsWithRange(seed, locateQuote(seed, quote));
    expect(marked(paragraphs)).toEqual([quote]);
    const joined = paragraphs.map((p) => p.segments.map((s) => s.text).join('')).join('');
    expect(joined).toBe(seed.replace(/[\r\n]+/g, ''));
  });
});
