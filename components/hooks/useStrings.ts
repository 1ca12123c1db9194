/** The UI language from the browser's preferences, and its strings. Also sets <html lang> for screen readers. */
import { useEffect, useMemo } from 'preact/hooks';
import { pickLang, type Lang } from '../../lib/i18n/lang';
import { sidebarStrings, type SidebarStrings } from '../../lib/i18n/sidebar';

export function useStrings(): { lang: Lang; s: SidebarStrings } {
  const lang = useMemo(() => pickLang(navigator.languages), []);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return { lang, s: sidebarStrings(lang) };
}
