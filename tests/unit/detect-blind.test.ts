/**
 * Detection on pages written and labelled blind (tests/fixtures/blind: an author who had not read
 * the detector's code or seen its output wrote and labelled them), parsed as the CLI parses them.
 * Every page must give exactly its labelled mentions; a label marked knownMiss documents a miss
 * a closing note gives, and fails the test the day it is found, so it is updated; knownFalse lists
 * false mentions the same way.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scorePages, scoreTable } from '../support/detection-score';

const dir = fileURLToPath(new URL('../fixtures/blind', import.meta.url));
const scores = scorePages(dir);

describe('blind detection fixtures', () => {
  it('hold at least 12 pages, four of them negative, in English and Spanish', () => {
    expect(scores.length).toBeGreaterThanOrEqual(12);
    expect(scores.filter((s) => s.labelled.length === 0).length).toBeGreaterThanOrEqual(4);
    expect(new Set(scores.map((s) => s.lang))).toEqual(new Set(['en', 'es']));
  });

  for (const s of scores) {
    it(`find exactly the labelled mentions on ${s.file}`, () => {
      const known = s.labelled.filter((l) => (l as { knownMiss?: string }).knownMiss);
      expect(s.extra, 'false mentions').toEqual(s.knownFalse);
      // Labels of the same text in the same region are interchangeable to the in-order pairing.
      const shape = (l: { exact: string; region: string }) => ({ exact: l.exact, region: l.region });
      expect(s.missed.map(shape), 'missed mentions').toEqual(known.map(shape));
    });
  }

  it('prints the score per region and language', () => {
    console.log(scoreTable(scores));
  });
});
