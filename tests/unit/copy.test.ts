import { describe, expect, it } from 'vitest';
import { S000, S001, S002, S004 } from '../../data/mpp/seed-files';
import {
  buildSeedIndex,
  computeCopies,
  findCopiedPassages,
  pairwiseContainment,
  shingleSet,
} from '../../lib/copy/shingles';
import { readSeeds } from '../../lib/node/seeds';

const seeds = readSeeds();
const index = buildSeedIndex(seeds);

// A light rewrite of 000's second and third paragraphs, as a content farm might publish it.
const PARAPHRASE_OF_000 =
  'Under the controversial policy informally known as "Remain in Mexico," the Trump administration has required ' +
  'more than 16,500 migrants to wait in Mexico while their asylum claims are adjudicated in U.S. courts. With its ' +
  'new program, called the "Temporary Program of Voluntary Returns," the Mexican government is offering to help ' +
  "these migrants — most of whom have been stranded in Mexico's border towns — go back to their home countries " +
  'if they choose to do so.';

const UNRELATED =
  'Solar inverters with maximum power point tracking squeeze more energy out of photovoltaic panels on cloudy days. ' +
  'Installers in Ontario recommend checking the inverter firmware every spring before the holiday season begins.';

describe('computeCopies', () => {
  it('finds that 002 copies 001, with containment above 0.8', () => {
    const copies = computeCopies(seeds);
    expect(copies).toHaveLength(1);
    expect(copies[0]).toMatchObject({ copy: S002, original: S001 });
    expect(copies[0]!.containment).toBeGreaterThan(0.8);
  });

  it('finds no other pair of seeds above 0.2', () => {
    const others = pairwiseContainment(seeds).filter((p) => !(p.a === S001 && p.b === S002));
    expect(others).toHaveLength(9);
    for (const pair of others) expect(pair.containment, `${pair.a} ~ ${pair.b}`).toBeLessThan(0.2);
  });

  it('computes the direction from content, whatever order the seeds come in', () => {
    const reversed = Object.fromEntries(Object.entries(seeds).reverse());
    expect(computeCopies(reversed).map((c) => [c.copy, c.original])).toEqual([[S002, S001]]);
  });

  it('folds curly quotes, NO-BREAK SPACE and dashes before comparing', () => {
    const curly = shingleSet(
      'Mexico’s “Remain in Mexico” plan\u00a0was a “unilateral move” — officials said',
    );
    const plain = shingleSet('mexico\'s "remain in mexico" plan was a "unilateral move" - Officials said');
    expect([...curly].sort()).toEqual([...plain].sort());
  });

  it('accepts a precomputed index and gives the same answer', () => {
    expect(computeCopies(index)).toEqual(computeCopies(seeds));
  });
});

describe('findCopiedPassages', () => {
  it('finds a lightly paraphrased fragment of 000 inside an unrelated page', () => {
    const intro = 'Local news roundup. The city council met on Thursday to discuss parking downtown. ';
    const outro = ' In other news, the farmers market opens next week with new vendors.';
    const page = intro + PARAPHRASE_OF_000 + outro;
    const passages = findCopiedPassages(page, index);
    expect(passages).toHaveLength(1);
    const [passage] = passages;
    expect(passage!.seed).toBe(S000);
    expect(passage!.similarity).toBeGreaterThan(0.6);
    expect(passage!.pageStart).toBeGreaterThanOrEqual(intro.length - 1);
    expect(passage!.pageEnd).toBeLessThanOrEqual(intro.length + PARAPHRASE_OF_000.length);
    expect(page.slice(passage!.pageStart, passage!.pageEnd)).toContain('16,500 migrants to wait in Mexico');
  });

  it('does not report an unrelated text', () => {
    expect(findCopiedPassages(UNRELATED, index)).toEqual([]);
  });

  it('does not report a stock phrase shared by every MPP story', () => {
    expect(findCopiedPassages('Critics of the "Remain in Mexico" policy say it is cruel.', index)).toEqual(
      [],
    );
  });

  it('finds a verbatim 004 paragraph re-typed with straight quotes and plain spaces, at its offsets', () => {
    const sentence =
      'The agreement, which was brokered in July between the Trump administration and the outgoing Guatemalan ' +
      'government, allows U.S. immigration officials to send migrants requesting asylum at the U.S.-Mexico border ' +
      'to apply for protection in Guatemala, instead.';
    const page = `${UNRELATED} ${sentence}`;
    const [passage] = findCopiedPassages(page, seeds);
    expect(passage).toMatchObject({ seed: S004, pageStart: UNRELATED.length + 1 });
    expect(passage!.similarity).toBe(1);
  });

  it('reports a 001 passage against both 001 and its copy 002', () => {
    const start = seeds[S001]!.indexOf('Immigrant rights advocates');
    const passage = seeds[S001]!.slice(start, start + 400);
    const found = findCopiedPassages(passage, index).map((p) => p.seed);
    expect(found).toEqual(expect.arrayContaining([S001, S002]));
  });

  it('stays fast on a long page with a precomputed index', () => {
    const page = `${seeds[S001]} ${UNRELATED} `.repeat(25);
    const started = performance.now();
    const passages = findCopiedPassages(page, index);
    const elapsed = performance.now() - started;
    expect(passages.length).toBeGreaterThanOrEqual(25);
    expect(elapsed).toBeLessThan(500);
  });
});
