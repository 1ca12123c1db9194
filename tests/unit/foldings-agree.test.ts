/**
 * Two foldings, two jobs: lib/text/fold.ts (the matcher's: offsets kept, every character mapped)
 * and lib/search/fold.ts (search, figure checks, copy detection: punctuation kept). On the words
 * of a text they must agree, or a passage the detector finds would be missed by search and copy
 * detection (or the other way round).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldString } from '../../lib/text/fold';
import { foldWords } from '../../lib/search/fold';

/** The matcher's folding, as words: apostrophes dropped, anything but letters and digits one space. */
const matcherWords = (s: string) =>
  foldString(s)
    .replace(/'/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const letters = [
  ...'aeiounmcsxyzAEIOUNMCSXYZ',
  ...'áéíóúñüçàèìòùâêîôûäëïöÁÉÍÓÚÑÜÇÀÈÌÒÙÂÊÎÔÛÄËÏÖ',
  ...'āēīōūăĕĭŏŭąęįųčšžřńłő',
];
const others = [
  ' ',
  '\u00a0',
  '\u2009',
  '-',
  '\u2014',
  "'",
  '\u2019',
  '"',
  '\u201c',
  '\u201d',
  '.',
  ',',
  '¿',
  '?',
  '0',
  '7',
];

describe('the two foldings agree on words', () => {
  it('for generated text in English and Spanish, with accents past Latin-1, quotes, dashes and odd spaces', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...letters, ...others), { maxLength: 60 }), (chars) => {
        const s = chars.join('');
        expect(foldWords(s)).toBe(matcherWords(s));
      }),
      { numRuns: 2000, seed: 20261206 },
    );
  });

  it('for the aliases as pages write them', () => {
    for (const s of [
      'Quédate en México',
      'MIGRANT PROTECTION PROTOCOLS',
      '“Remain‑in‑Mexico”',
      'Protocolos de Protección a Migrantes',
    ])
      expect(foldWords(s)).toBe(matcherWords(s));
  });
});
