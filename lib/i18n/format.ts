import type { Lang } from './lang';

/*
 * Dates and numbers in the UI's words, written out here rather than with Intl: the first Intl
 * formatter a renderer process creates loads ICU's locale data, 37 to 78 ms in this machine's
 * Chromium, and a page that never used Intl itself paid it inside the popover's first render
 * (traced: most of a first hover's 60 ms task). The words and patterns are CLDR's for en-GB and
 * es, as Node 20's and Chromium 156's Intl give them (tests/unit/format.test.ts compares), and so
 * the same in every browser.
 */
const MONTHS: Record<Lang, { long: readonly string[]; short: readonly string[] }> = {
  en: {
    long: 'January February March April May June July August September October November December'.split(' '),
    short: 'Jan Feb Mar Apr May Jun Jul Aug Sept Oct Nov Dec'.split(' '),
  },
  es: {
    long: 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split(
      ' ',
    ),
    short: 'ene feb mar abr may jun jul ago sept oct nov dic'.split(' '),
  },
};

/** The calendar date an ISO date names, as Date.UTC reads it (overflowing days roll over). */
function parts(iso: string): { y: number; m: number | null; d: number | null } | null {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y) return null;
  if (!m) return { y, m: null, d: null };
  const date = new Date(Date.UTC(y, m - 1, d || 1));
  if (Number.isNaN(date.getTime())) return null;
  return { y: date.getUTCFullYear(), m: date.getUTCMonth(), d: d ? date.getUTCDate() : null };
}

/** "2019-03" -> "March 2019", "2019-03-18" -> "18 Mar 2019" ("mar 2019" in Spanish): partial ISO dates stay partial. */
export function formatIsoDate(iso: string, lang: Lang): string {
  const p = parts(iso);
  if (p === null) return iso;
  if (p.m === null) return String(p.y);
  const months = MONTHS[lang];
  if (p.d !== null) return `${p.d} ${months.short[p.m]} ${p.y}`;
  return lang === 'es' ? `${months.long[p.m]} de ${p.y}` : `${months.long[p.m]} ${p.y}`;
}

/** "2019-03" -> "Mar 2019", "2019-03-18" -> "18 Mar 2019": for tight spaces (the popover's figure chips). */
export function formatIsoDateShort(iso: string, lang: Lang): string {
  const p = parts(iso);
  if (p === null || p.m === null) return iso;
  const short = MONTHS[lang].short[p.m];
  return p.d !== null ? `${p.d} ${short} ${p.y}` : `${short} ${p.y}`;
}

/**
 * 16500 -> "16,500" ("16.500" in Spanish, which groups only numbers of five digits or more:
 * "1500"); at most three decimals, rounded half away from zero on the number's shortest decimal
 * form, as Intl does (1.0005 -> "1.001", where toFixed would give "1.000").
 */
export function formatNumber(value: number, lang: Lang): string {
  const es = lang === 'es';
  const shortest = String(Math.abs(value));
  // Exponent forms (below 1e-6, from 1e21 on) and non-finite values: Intl, whatever it costs.
  if (!/^\d+(\.\d+)?$/.test(shortest)) return new Intl.NumberFormat(es ? 'es' : 'en').format(value);
  const [whole, frac = ''] = shortest.split('.') as [string, string?];
  let thousandths = BigInt(whole + frac.slice(0, 3).padEnd(3, '0'));
  if ((frac[3] ?? '0') >= '5') thousandths += 1n;
  const int = String(thousandths / 1000n);
  const decimals = String(thousandths % 1000n)
    .padStart(3, '0')
    .replace(/0+$/, '');
  const grouped = int.length > (es ? 4 : 3) ? int.replace(/\B(?=(\d{3})+$)/g, es ? '.' : ',') : int;
  // Intl keeps the sign of a negative that rounds to zero ("-0").
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  return `${sign}${grouped}${decimals ? (es ? ',' : '.') + decimals : ''}`;
}
