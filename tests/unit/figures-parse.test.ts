import { describe, expect, it } from 'vitest';
import { findFigures, parseFigure } from '../../lib/figures/parse';
import { readSeeds } from '../../lib/node/seeds';

const seeds = readSeeds();

describe('parseFigure', () => {
  it.each([
    ['more than 16,500', 16500, 'more-than'],
    ['More than 10,000', 10000, 'more-than'],
    ['only 240', 240, 'only'],
    ['nearly 70', 70, 'nearly'],
    ['around 900', 900, 'around'],
    ['at least 12', 12, 'at-least'],
    ['fewer than 300', 300, 'fewer-than'],
    ['less than 5', 5, 'fewer-than'],
    ['over 1,000', 1000, 'more-than'],
    ['almost 12', 12, 'nearly'],
    ['about 40', 40, 'around'],
    ['some 900', 900, 'around'],
    ['roughly 2,000', 2000, 'around'],
    ['just over 500', 500, 'more-than'],
    ['just 66', 66, 'only'],
    ['76,000', 76000, 'exact'],
  ] as const)('reads English "%s"', (text, value, qualifier) => {
    expect(parseFigure(text)).toMatchObject({ value, qualifier });
  });

  it.each([
    ['cerca de 70', 70, 'nearly'],
    ['más de 16.500', 16500, 'more-than'],
    ['mas de 16.500', 16500, 'more-than'],
    ['alrededor de 900', 900, 'around'],
    ['casi 70', 70, 'nearly'],
    ['unos 900', 900, 'around'],
    ['sólo 240', 240, 'only'],
    ['solo 240', 240, 'only'],
    ['apenas 240', 240, 'only'],
    ['al menos 40', 40, 'at-least'],
    ['menos de 100', 100, 'fewer-than'],
  ] as const)('reads Spanish "%s"', (text, value, qualifier) => {
    expect(parseFigure(text)).toMatchObject({ value, qualifier });
  });

  it.each([
    ['Sixty-six', 66],
    ['sixty six', 66],
    ['seven', 7],
    ['Forty', 40],
    ['twenty-two', 22],
    ['one hundred and five', 105],
    ['a hundred', 100],
    ['two thousand three hundred', 2300],
    ['a million', 1_000_000],
    ['one million two hundred thousand', 1_200_000],
    ['treinta y seis', 36],
    ['veintidós', 22],
    ['cuatrocientos veinte', 420],
    ['dos mil quinientos', 2500],
    ['mil', 1000],
    ['un millón', 1_000_000],
    ['mil millones', 1_000_000_000],
  ] as const)('reads number words "%s"', (text, value) => {
    expect(parseFigure(text)).toMatchObject({ value, qualifier: 'exact' });
  });

  it.each([
    ['1.5 million', 1_500_000],
    ['2 billion', 2_000_000_000],
    ['60 mil', 60_000],
    ['1,5 millones', 1_500_000],
    ['2 mil millones', 2_000_000_000],
    ['16.500', 16500],
    ['16\u00a0500', 16500],
    ['16\u2009500', 16500],
    ['16\u202f500', 16500],
    ['1,234.5', 1234.5],
    ['1.234,5', 1234.5],
    ['17.65', 17.65],
    ['17,65', 17.65],
  ] as const)('reads digits with scales and separators "%s"', (text, value) => {
    expect(parseFigure(text)?.value).toBe(value);
  });

  it('combines qualifier, separators and scale', () => {
    expect(parseFigure('more than 1.5 million')).toEqual({ value: 1_500_000, qualifier: 'more-than' });
    expect(parseFigure('casi 60 mil migrantes')).toEqual({
      value: 60_000,
      qualifier: 'nearly',
      unitHint: 'migrantes',
    });
  });

  it('gives a unit hint for the counted noun and for percentages', () => {
    expect(parseFigure('more than 16,500 migrants')?.unitHint).toBe('migrants');
    expect(parseFigure('40%')).toEqual({ value: 40, qualifier: 'exact', unitHint: 'percent' });
    expect(parseFigure('12 percent')?.unitHint).toBe('percent');
    expect(parseFigure('12 por ciento')?.unitHint).toBe('percent');
    expect(parseFigure('76,000 that crossed')?.unitHint).toBeUndefined();
  });

  it('returns null when the text does not start with a figure', () => {
    expect(parseFigure('migrants')).toBeNull();
    expect(parseFigure('')).toBeNull();
    expect(parseFigure('the number 70')).toBeNull();
    expect(parseFigure('more than a few')).toBeNull();
  });
});

describe('findFigures', () => {
  it('locates figures in running text with exact offsets', () => {
    const text = 'Officials say only 240 migrants have been returned, a fraction of the 76,000 who crossed.';
    const found = findFigures(text);
    expect(found.map((f) => [f.raw, f.value, f.qualifier])).toEqual([
      ['only 240', 240, 'only'],
      ['76,000', 76000, 'exact'],
    ]);
    for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.raw);
  });

  it('finds every figure of seed 000, words included, and nothing else', () => {
    const found = findFigures(seeds['000_4aee7743f2ad6556.txt']!);
    expect(found.map((f) => f.raw)).toEqual([
      'more than 16,500',
      'nearly 70',
      'three',
      'Sixty-six',
      '69',
      'Forty',
      '22',
      'seven',
      'two',
    ]);
    expect(found.map((f) => f.value)).toEqual([16500, 70, 3, 66, 69, 40, 22, 7, 2]);
  });

  it('skips years, calendar days and ordinals but keeps a qualified year-sized count', () => {
    const text =
      'In 2021, on June 1, 2019 and on March 1 and on 1 de junio the 1st bus carried more than 2000 people.';
    expect(findFigures(text).map((f) => [f.raw, f.value])).toEqual([['more than 2000', 2000]]);
    expect(findFigures('In 2021 it ended.', { includeDates: true }).map((f) => f.value)).toEqual([2021]);
  });

  it('leaves a lone "one" and English "once" alone unless asked', () => {
    const text = 'Once there, one of three cities and one hundred people.';
    expect(findFigures(text).map((f) => f.value)).toEqual([3, 100]);
    expect(findFigures(text, { includeAmbiguousWords: true }).map((f) => f.value)).toEqual([11, 1, 3, 100]);
  });

  it('reads Spanish running text', () => {
    const text =
      'Más de 16.500 migrantes esperan en México; cerca de 70 viajaron en autobús y unos 900 solicitantes podrían verse afectados.';
    expect(findFigures(text).map((f) => [f.value, f.qualifier, f.unitHint])).toEqual([
      [16500, 'more-than', 'migrantes'],
      [70, 'nearly', 'viajaron'],
      [900, 'around', 'solicitantes'],
    ]);
  });

  it('does not glue numbers across punctuation: "Honduras, 22" and "2019, 240" stay apart', () => {
    expect(findFigures('Forty of them are from Honduras, 22 are from Guatemala').map((f) => f.value)).toEqual(
      [40, 22],
    );
    expect(findFigures('By July 2019, 240 had been returned.').map((f) => f.value)).toEqual([240]);
  });

  it('reads thousands separated by a no-break space inside a sentence', () => {
    const [f] = findFigures('Some 16\u00a0500 people were returned.');
    expect(f).toMatchObject({ value: 16500, qualifier: 'around', raw: 'Some 16\u00a0500' });
  });
});
