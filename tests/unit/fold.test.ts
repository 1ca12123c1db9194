import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, FoldBuilder, originalEnd, foldString } from '../../lib/text/fold';

/** The original text each folded character came from. */
function origins(text: string) {
  const f = fold(text);
  return [...f.folded].map((ch, i) => [ch, text[f.map[i]!]]);
}

describe('fold', () => {
  it('lowercases and strips diacritics, one folded char per precomposed letter', () => {
    const text = 'Quédate en MÉXICO';
    const f = fold(text);
    expect(f.folded).toBe('quedate en mexico');
    expect(f.map[3]).toBe(3); // é
    expect(text[f.map[f.folded.indexOf('mexico') + 1]!]).toBe('É');
  });

  it('handles decomposed accents without shifting the map', () => {
    const text = 'Que\u0301date en Me\u0301xico';
    const f = fold(text);
    expect(f.folded).toBe('quedate en mexico');
    // "d" is the 5th original code unit (after the combining mark).
    expect(f.map[f.folded.indexOf('d')]).toBe(text.indexOf('d'));
    expect(f.map[f.folded.indexOf('x')]).toBe(text.indexOf('x'));
  });

  it('folds every Latin-1 letter as lower case, NFD and stripped marks do', () => {
    for (let cp = 0xc0; cp <= 0xff; cp++) {
      const ch = String.fromCharCode(cp);
      expect(fold(ch).folded, ch).toBe(ch.toLowerCase().normalize('NFD').replace(/\p{M}/gu, ''));
    }
  });

  it('folds letters whose lowercase is longer (İ) to one letter', () => {
    expect(fold('İstanbul').folded).toBe('istanbul');
  });

  it('collapses NO-BREAK SPACE, thin spaces, tabs and line breaks into one space', () => {
    expect(fold('Remain\u00a0in\u2009\u202f Mexico').folded).toBe('remain in mexico');
    expect(fold('Remain in\n\t   Mexico').folded).toBe('remain in mexico');
    expect(fold('  leading and trailing  ').folded).toBe('leading and trailing ');
  });

  it('removes soft hyphens and zero-width characters', () => {
    const text = 'Mi\u00adgrant Pro\u200btec\u200dtion\ufeff';
    const f = fold(text);
    expect(f.folded).toBe('migrant protection');
    expect(text[f.map[2]!]).toBe('g');
  });

  it('turns hyphens and dashes into spaces', () => {
    expect(fold('Remain-in-Mexico').folded).toBe('remain in mexico');
    expect(fold('Remain\u2010in\u2011Mexico').folded).toBe('remain in mexico');
    expect(fold('border \u2013 and \u2014 asylum').folded).toBe('border and asylum');
  });

  it('straightens curly quotes and guillemets', () => {
    expect(fold('\u201cRemain\u201d \u2018stay\u2019 \u00abQuédate\u00bb MPP\u2019s').folded).toBe(
      '"remain" \'stay\' "quedate" mpp\'s',
    );
  });

  it('keeps astral characters, mapping both halves to the original index', () => {
    const text = 'a\u{1F600}b';
    const f = fold(text);
    expect(f.folded).toBe(text);
    expect([...f.map]).toEqual([0, 1, 1, 3, 4]);
  });

  it('has a map one longer than the folded text, ending at the original length', () => {
    const text = 'Él dijo: «Quédate en México» — 2019';
    const f = fold(text);
    expect(f.map.length).toBe(f.folded.length + 1);
    expect(f.map[f.folded.length]).toBe(text.length);
    for (let i = 1; i < f.map.length; i++) expect(f.map[i]!).toBeGreaterThanOrEqual(f.map[i - 1]!);
  });

  it('maps every folded letter back to a letter that folds to it', () => {
    const text = 'Ça va? ÁÉÍÓÚ ñandú—MPP’s «x»';
    for (const [ch, orig] of origins(text)) {
      if (ch !== ' ') expect(foldString(orig!)).toBe(ch);
    }
  });

  it('gives original ends that exclude what folding dropped after a match', () => {
    const text = 'MPP\u00ad\u00a0x';
    const f = fold(text);
    expect(f.folded).toBe('mpp x');
    expect(originalEnd(f, 3, text)).toBe(3);
    expect(f.map[3]).toBe(4); // the space, after the dropped soft hyphen
  });

  it('folds plain ASCII words to their lowercase with an identity map (seeded random)', () => {
    let seed = 42;
    const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    for (let n = 0; n < 200; n++) {
      let s = '';
      const len = 1 + Math.floor(rnd() * 40);
      for (let i = 0; i < len; i++) s += String.fromCharCode(rnd() < 0.5 ? 65 + rnd() * 26 : 97 + rnd() * 26);
      const f = fold(s);
      expect(f.folded).toBe(s.toLowerCase());
      expect([...f.map].slice(0, -1)).toEqual([...s].map((_, i) => i));
    }
  });
});

describe('foldString', () => {
  it('folds ASCII on its short path exactly as the builder does (generated)', () => {
    // Every ASCII character, runs of spaces, tabs, line breaks and hyphens included.
    const ascii = fc.constantFrom(
      ...Array.from({ length: 128 }, (_, c) => String.fromCharCode(c)),
      ' ',
      '-',
      ' - ',
      '\t\n',
    );
    fc.assert(
      fc.property(fc.array(ascii, { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        expect(foldString(text)).toBe(fold(text).folded.trim());
      }),
      { numRuns: 2000, seed: 7 },
    );
    expect(foldString('  Remain-in -- MEXICO\t')).toBe('remain in mexico');
    // Past ASCII, the builder: accents, dashes and odd spaces.
    expect(foldString('Quédate\u2014en\u00a0México')).toBe('quedate en mexico');
  });
});

describe('FoldBuilder', () => {
  it('joins ranges with hard breaks that folding never produces', () => {
    const text = 'one two \nthree\n four';
    const f = new FoldBuilder()
      .append(text, 0, 8)
      .hardBreak(8)
      .append(text, 9, 14)
      .hardBreak(14)
      .append(text, 15)
      .finish(text.length);
    expect(f.folded).toBe('one two\nthree\nfour');
    expect(f.map[f.folded.indexOf('\n')]).toBe(8);
    expect(text.slice(f.map[f.folded.indexOf('four')]!)).toBe('four');
  });

  it('never writes two breaks in a row or a leading break', () => {
    const f = new FoldBuilder().hardBreak(0).append('a').hardBreak(1).hardBreak(1).append('b', 0).finish(2);
    expect(f.folded).toBe('a\nb');
  });

  it('decodes large buffers the same way as small ones, lone surrogates included', () => {
    const big = 'Ab\u00e9 '.repeat(200) + '\ud800x';
    expect(fold(big).folded).toBe('abe '.repeat(200) + '\ud800x');
    // A trailing lone low surrogate, and the page's own replacement character, stay as they are.
    expect(fold('x '.repeat(200) + '\udc00').folded).toBe('x '.repeat(200) + '\udc00');
    expect(fold('x '.repeat(200) + '\ufffd y').folded).toBe('x '.repeat(200) + '\ufffd y');
    expect(fold('x '.repeat(200) + '\ud83d\ude00').folded).toBe('x '.repeat(200) + '\ud83d\ude00');
  });
});
