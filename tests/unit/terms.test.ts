/**
 * The matcher's character tests answer ASCII without the \p regexes they stand for (terms.ts):
 * they must answer every character as those regexes do.
 */
import { describe, expect, it } from 'vitest';
import { hasLetter, isWordChar, startsUpper, wordsOf } from '../../lib/detect/terms';

/** Every BMP code point but the surrogates, and a few astral ones. */
const chars: string[] = [];
for (let cp = 0; cp <= 0xffff; cp++) if (cp < 0xd800 || cp > 0xdfff) chars.push(String.fromCharCode(cp));
chars.push('𝐀', '𝑎', '😀', '𐐷');

describe('the character tests', () => {
  it('agree with their \\p regexes on every character', () => {
    const differ: string[] = [];
    for (const ch of chars) {
      if (hasLetter(ch) !== /\p{L}/u.test(ch)) differ.push(`hasLetter ${ch}`);
      if (startsUpper(ch) !== /^\p{Lu}/u.test(ch)) differ.push(`startsUpper ${ch}`);
      if (isWordChar(ch) !== /^[\p{L}\p{N}_]/u.test(ch)) differ.push(`isWordChar ${ch}`);
    }
    expect(differ).toEqual([]);
  });

  it('find a letter anywhere in a text, ASCII or not', () => {
    expect(hasLetter('2024: 1,500')).toBe(false);
    expect(hasLetter('2024 MPP')).toBe(true);
    expect(hasLetter('— 2024 ¿é?')).toBe(true);
    expect(hasLetter('— 2024 ¿?')).toBe(false);
  });

  it('split words as the \\p regex does', () => {
    const split = (s: string) => s.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    for (const s of [
      'Remain in Mexico',
      'Remain-in-Mexico',
      '  "Migrant Protection Protocols" ',
      'Quédate en México',
      'Protocolos de Protección al Migrante',
      'MPP_2019 v2.0',
      'x\u00a0y\u200bz',
      '',
    ])
      expect(wordsOf(s), s).toEqual(split(s));
  });
});
