import { describe, expect, it } from 'vitest';
import { anchor, describe as describePassage } from '../../lib/anchor';
import { boundedDistance, findApproximate } from '../../lib/anchor/approximate';

const ARTICLE = [
  'Mexico rejects US plan to extend the stay in Mexico policy for asylum seekers.',
  'The United States plan, formally called the Migrant Protection Protocols but initially dubbed Remain in Mexico, began earlier this year at the San Ysidro border crossing.',
  'Foreign Affairs spokesman Roberto Velasco said at the time that there was no formal agreement between Mexico and the United States.',
  'United States immigration officials say that only 240 migrants have so far been returned to Mexico under the program.',
].join('\n');

function passage(text: string, quote: string) {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`not in text: ${quote}`);
  return describePassage(text, start, start + quote.length);
}

describe('describe', () => {
  it('gives a quote with 32 characters of context and a position', () => {
    const sel = passage(ARTICLE, 'no formal agreement');
    expect(sel.quote).toEqual({
      type: 'TextQuoteSelector',
      exact: 'no formal agreement',
      prefix: ARTICLE.slice(ARTICLE.indexOf('no formal') - 32, ARTICLE.indexOf('no formal')),
      suffix: ' between Mexico and the United S',
    });
    expect(sel.position).toEqual({
      type: 'TextPositionSelector',
      start: ARTICLE.indexOf('no formal'),
      end: ARTICLE.indexOf('no formal') + 19,
    });
  });

  it('clamps to the text and keeps short context at the edges', () => {
    const sel = describePassage('abc', -5, 10);
    expect(sel.quote).toMatchObject({ exact: 'abc', prefix: '', suffix: '' });
    expect(sel.position).toMatchObject({ start: 0, end: 3 });
  });
});

describe('anchor', () => {
  it('uses the position when the text there is unchanged', () => {
    const sel = passage(ARTICLE, 'only 240 migrants');
    expect(anchor(ARTICLE, sel)).toEqual({ start: sel.position.start, end: sel.position.end, exact: true });
  });

  it('finds the quote after text was inserted before it', () => {
    const sel = passage(ARTICLE, 'only 240 migrants');
    const edited = 'BREAKING: a new banner line.\n' + ARTICLE;
    const found = anchor(edited, sel)!;
    expect(found.exact).toBe(true);
    expect(edited.slice(found.start, found.end)).toBe('only 240 migrants');
    expect(found.start).toBe(sel.position.start + 29);
  });

  it('finds a moved passage', () => {
    const paragraphs = ARTICLE.split('\n');
    const sel = passage(ARTICLE, 'Roberto Velasco said at the time');
    const moved = [paragraphs[0], paragraphs[3], paragraphs[1], paragraphs[2]].join('\n');
    const found = anchor(moved, sel)!;
    expect(moved.slice(found.start, found.end)).toBe('Roberto Velasco said at the time');
  });

  it('chooses among duplicates by their context, then by nearness to the old position', () => {
    const text =
      'The plan said Remain in Mexico at first. Later the court said Remain in Mexico was unlawful.';
    const second = text.lastIndexOf('Remain in Mexico');
    const sel = describePassage(text, second, second + 16);
    // Shift everything so the stored position is stale; context must pick the second one.
    const shifted = 'Intro. ' + text;
    expect(anchor(shifted, sel)).toEqual({ start: second + 7, end: second + 23, exact: true });
    // Same context around both copies: the nearer copy wins.
    const twin = 'x Remain in Mexico y\nx Remain in Mexico y';
    const near = anchor('!' + twin, {
      ...describePassage(twin, 23, 39),
      position: { type: 'TextPositionSelector', start: 23, end: 39 },
    })!;
    expect(near.start).toBe(24);
    const far = anchor('!' + twin, {
      ...describePassage(twin, 2, 18),
      position: { type: 'TextPositionSelector', start: 2, end: 18 },
    })!;
    expect(far.start).toBe(3);
  });

  it('finds an edited passage approximately', () => {
    const quote = 'formally called the Migrant Protection Protocols but initially dubbed Remain in Mexico';
    const sel = passage(ARTICLE, quote);
    const edited = ARTICLE.replace('initially dubbed', 'first dubbed').replace(
      'formally called',
      'formaly called',
    );
    const found = anchor(edited, sel)!;
    expect(found.exact).toBe(false);
    expect(edited.slice(found.start, found.end)).toBe(
      'formaly called the Migrant Protection Protocols but first dubbed Remain in Mexico',
    );
  });

  it('tolerates edits in a long passage', () => {
    const long = ARTICLE.split('\n').slice(1, 3).join('\n');
    expect(long.length).toBeGreaterThan(256);
    const sel = passage(ARTICLE, long);
    const edited = ARTICLE.replace('San Ysidro border crossing', 'San Ysidro port of entry').replace(
      'Velasco',
      'Velazco',
    );
    const found = anchor(edited, sel)!;
    expect(found.exact).toBe(false);
    expect(edited.slice(found.start, found.start + 30)).toBe(long.slice(0, 30));
    expect(edited.slice(found.end - 30, found.end)).toBe(long.slice(-30));
  });

  it('returns null when the passage is gone', () => {
    const sel = passage(ARTICLE, 'Foreign Affairs spokesman Roberto Velasco said at the time');
    const without = ARTICLE.split('\n')
      .filter((p) => !p.includes('Velasco'))
      .join('\n');
    expect(anchor(without, sel)).toBeNull();
    expect(anchor('', sel)).toBeNull();
  });

  it('does not anchor a short, edited quote whose context disagrees', () => {
    const sel = passage(ARTICLE, 'only 240 migrants');
    const other = 'A different story: only 250 migrants arrived by train, the mayor said.';
    expect(anchor(other, sel)).toBeNull();
    const same = ARTICLE.replace('only 240 migrants', 'only 250 migrants');
    expect(anchor(same, sel)).toEqual({ start: sel.position.start, end: sel.position.end, exact: false });
  });

  it('accepts the W3C array form and needs a quote', () => {
    const sel = passage(ARTICLE, 'San Ysidro');
    expect(anchor(ARTICLE, [sel.position, sel.quote])).toMatchObject({
      exact: true,
      start: sel.position.start,
    });
    expect(anchor(ARTICLE, [sel.position])).toBeNull();
    expect(anchor(ARTICLE, { ...sel, quote: { ...sel.quote, exact: '' } })).toBeNull();
  });
});

describe('approximate search', () => {
  /** Edit distance of the pattern to the best substring ending at each position (Sellers). */
  function bruteEnds(text: string, p: string): number[] {
    let prev = Array.from({ length: p.length + 1 }, (_, i) => i);
    const out: number[] = [];
    for (const ch of text) {
      const cur = [0];
      for (let i = 1; i <= p.length; i++) {
        cur[i] = Math.min(prev[i - 1]! + (p[i - 1] === ch ? 0 : 1), prev[i]! + 1, cur[i - 1]! + 1);
      }
      prev = cur;
      out.push(cur[p.length]!);
    }
    return out;
  }
  function levenshtein(a: string, b: string): number {
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      const cur = [i];
      for (let j = 1; j <= b.length; j++)
        cur[j] = Math.min(prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1), prev[j]! + 1, cur[j - 1]! + 1);
      prev = cur;
    }
    return prev[b.length]!;
  }

  it('agrees with the dynamic-programming definition, across 32-bit word boundaries (seeded)', () => {
    let seed = 99;
    const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const pick = (n: number) => Array.from({ length: n }, () => 'abcd'[Math.floor(rnd() * 4)]).join('');
    for (let t = 0; t < 400; t++) {
      const p = pick(1 + Math.floor(rnd() * 100));
      const text = pick(40 + Math.floor(rnd() * 160));
      const k = Math.floor(rnd() * (p.length / 2 + 1));
      const scores = bruteEnds(text, p);
      const found = findApproximate(text, p, k, Infinity);
      // Every run of ends within k is reported once, at its best end, with the right start.
      const runs: Array<{ end: number; errors: number }> = [];
      let run: { end: number; errors: number } | null = null;
      scores.forEach((s, j) => {
        if (s <= k) {
          if (!run || s < run.errors) run = { end: j + 1, errors: s };
        } else if (run) {
          runs.push(run);
          run = null;
        }
      });
      if (run) runs.push(run);
      expect(found.map(({ end, errors }) => ({ end, errors }))).toEqual(runs);
      for (const f of found) expect(levenshtein(p, text.slice(f.start, f.end))).toBe(f.errors);
    }
  });

  it('bounds the edit distance', () => {
    expect(boundedDistance('kitten', 'sitting', 5)).toBe(3);
    expect(boundedDistance('kitten', 'sitting', 2)).toBe(3);
    expect(boundedDistance('abc', 'abcdefgh', 3)).toBe(4);
    expect(boundedDistance('', 'ab', 2)).toBe(2);
  });
});
