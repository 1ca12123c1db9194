import type { Lang } from './lang';

/** "2019-03" -> "March 2019", "2019-03-18" -> "18 Mar 2019" ("mar 2019" in Spanish): partial ISO dates stay partial. */
export function formatIsoDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y) return iso;
  const locale = lang === 'es' ? 'es' : 'en-GB';
  if (!m) return String(y);
  const date = new Date(Date.UTC(y, m - 1, d || 1));
  const opts: Intl.DateTimeFormatOptions = d
    ? { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }
    : { month: 'long', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, opts).format(date);
}

/** "2019-03" -> "Mar 2019", "2019-03-18" -> "18 Mar 2019": for tight spaces (the popover's figure chips). */
export function formatIsoDateShort(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m) return iso;
  const date = new Date(Date.UTC(y, m - 1, d || 1));
  const opts: Intl.DateTimeFormatOptions = d
    ? { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }
    : { month: 'short', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(lang === 'es' ? 'es' : 'en-GB', opts).format(date);
}

export function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'es' ? 'es' : 'en').format(value);
}
