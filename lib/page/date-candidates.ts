/**
 * The strings a page's own date may be read from, gathered from its markup. The content script
 * runs this (DOM access only, no parsing) and the background picks the date (lib/page/date.ts).
 */
import { visibleText } from '../detect/visible-text';

export interface DateCandidates {
  /** meta property/name/itemprop (lowercased) -> content, first occurrence wins. */
  meta: Record<string, string>;
  /** Texts of <script type="application/ld+json">. */
  jsonLd: string[];
  /** <time datetime> values, the article's own first, pubdate first within each scope. */
  times: string[];
  /** The first lines of the article's text, where a dateline sits. */
  lines: string[];
}

const DATELINE_LINES = 12;
const MAX_JSON_LD = 50_000;

/** The article's own container: related-story sidebars outside it carry their own dates. */
function articleRoot(doc: Document): Element | null {
  return doc.querySelector('article') ?? doc.querySelector('main, [role="main"]') ?? doc.body;
}

export function collectDateCandidates(doc: Document): DateCandidates {
  const meta: Record<string, string> = {};
  for (const el of doc.querySelectorAll('meta')) {
    const key = (
      el.getAttribute('property') ??
      el.getAttribute('name') ??
      el.getAttribute('itemprop') ??
      ''
    ).toLowerCase();
    const content = el.getAttribute('content');
    if (key && content && !(key in meta)) meta[key] = content;
  }
  // Microdata on other elements: <time itemprop="datePublished" datetime="…">.
  for (const el of doc.querySelectorAll('[itemprop="datePublished"]')) {
    const value = el.getAttribute('content') ?? el.getAttribute('datetime') ?? el.textContent ?? '';
    if (value.trim() && !('datepublished' in meta)) meta.datepublished = value;
  }
  const jsonLd: string[] = [];
  for (const script of doc.querySelectorAll('script[type]')) {
    if (/^application\/ld\+json$/i.test((script.getAttribute('type') ?? '').trim())) {
      jsonLd.push((script.textContent ?? '').slice(0, MAX_JSON_LD));
    }
  }
  const roots = [articleRoot(doc), doc.body].filter(
    (e, i, all): e is Element => e !== null && all.indexOf(e) === i,
  );
  const times: string[] = [];
  for (const scope of roots) {
    const found = [...scope.querySelectorAll('time[datetime]')];
    // The old HTML5 pubdate attribute, where present, names the publication date.
    found.sort((a, b) => Number(b.hasAttribute('pubdate')) - Number(a.hasAttribute('pubdate')));
    for (const t of found) times.push(t.getAttribute('datetime') ?? '');
  }
  const lines: string[] = [];
  for (const root of roots) {
    const top = visibleText(root, { maxChars: 2000 })
      .text.slice(0, 2000)
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .slice(0, DATELINE_LINES);
    lines.push(...top);
  }
  return { meta, jsonLd, times, lines };
}
