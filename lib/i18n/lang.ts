/** UI language: Spanish when the browser prefers it, English otherwise. */
export type Lang = 'en' | 'es';

export function pickLang(preferred: readonly string[] | string | undefined): Lang {
  const list = typeof preferred === 'string' ? [preferred] : (preferred ?? []);
  for (const tag of list) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'es') return 'es';
    if (base === 'en') return 'en';
  }
  return 'en';
}
