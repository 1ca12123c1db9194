import { describe, expect, it } from 'vitest';
import { formatIsoDate, formatIsoDateShort, formatNumber } from '../../lib/i18n/format';

// The formatters write CLDR's words without Intl (lib/i18n/format.ts); Intl is the reference.
const intlDate = (iso: string, locale: string, opts: Intl.DateTimeFormatOptions) => {
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { ...opts, timeZone: 'UTC' }).format(
    new Date(Date.UTC(y!, m! - 1, d || 1)),
  );
};
const LOCALE = { en: 'en-GB', es: 'es' } as const;
const months = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, '0'));

describe('dates and numbers as Intl writes them, without Intl', () => {
  for (const lang of ['en', 'es'] as const) {
    it(`writes every month as Intl does (${lang})`, () => {
      for (const m of months) {
        for (const iso of [`2019-${m}-18`, `2021-${m}-01`, `1999-${m}-31`]) {
          const full = { day: 'numeric', month: 'short', year: 'numeric' } as const;
          expect(formatIsoDate(iso, lang)).toBe(intlDate(iso, LOCALE[lang], full));
          expect(formatIsoDateShort(iso, lang)).toBe(intlDate(iso, LOCALE[lang], full));
        }
        const iso = `2019-${m}`;
        expect(formatIsoDate(iso, lang)).toBe(
          intlDate(iso, LOCALE[lang], { month: 'long', year: 'numeric' }),
        );
        expect(formatIsoDateShort(iso, lang)).toBe(
          intlDate(iso, LOCALE[lang], { month: 'short', year: 'numeric' }),
        );
      }
    });

    it(`writes numbers as Intl does (${lang})`, () => {
      const values = [
        0, 5, 999, 1000, 1500, 9999, 10000, 16500, 1234567, 2.5, 0.125, 1234.5678, 0.0005, 1.0005,
      ];
      for (const v of [...values, ...values.map((x) => -x), 1e20, Infinity, NaN]) {
        expect(formatNumber(v, lang), String(v)).toBe(new Intl.NumberFormat(lang).format(v));
      }
    });
  }

  it('keeps partial and unreadable dates as they are', () => {
    expect(formatIsoDate('2019', 'en')).toBe('2019');
    expect(formatIsoDate('2019-xx', 'es')).toBe('2019');
    expect(formatIsoDate('not a date', 'en')).toBe('not a date');
    expect(formatIsoDateShort('2019', 'en')).toBe('2019');
  });
});
