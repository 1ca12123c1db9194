/**
 * The date a page shows for itself, read from its own markup, and a comparison with the date
 * of the events it reports. A reader of a page dated 2026 about 2019 events deserves to know:
 * "last month" there means February 2019, not December 2025.
 * Own parsing, not chrono-node: chrono-node 2.10 with its English and Spanish parsers bundles to
 * 15.9 KB gzipped (measured with esbuild), and the background that runs this is at 48.6 of its
 * 50 KB budget (scripts/bundle-budget.mjs); the page only needs datelines and machine dates.
 */
import { collectDateCandidates, type DateCandidates } from './date-candidates';

export { collectDateCandidates, type DateCandidates };

export type PageDateSource = 'meta' | 'json-ld' | 'time' | 'dateline';

export interface PageDate {
  /** YYYY-MM-DD as the page writes it (a timestamp's own calendar date, no time-zone shift). */
  date: string;
  source: PageDateSource;
  /** The string the date was read from. */
  raw: string;
}

const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
  enero: 1,
  febrero: 2,
  marzo: 3,
  abril: 4,
  mayo: 5,
  junio: 6,
  julio: 7,
  agosto: 8,
  septiembre: 9,
  setiembre: 9,
  octubre: 10,
  noviembre: 11,
  diciembre: 12,
  ene: 1,
  abr: 4,
  ago: 8,
  dic: 12,
};

const WEEKDAY =
  '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)\\.?,?\\s+';
const MONTH_NAME = `(${Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|')})\\.?`;
/** "January 16, 2026", "Jan. 16 2026". */
const MONTH_DAY_YEAR = new RegExp(
  `^(?:${WEEKDAY})?${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`,
  'i',
);
/** "16 January 2026", "16 de enero de 2026", "Fri, 16 Jan 2026 10:00:00 GMT". */
const DAY_MONTH_YEAR = new RegExp(
  `^(?:${WEEKDAY})?(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:de\\s+)?${MONTH_NAME},?\\s+(?:de(?:l)?\\s+)?(\\d{4})\\b`,
  'i',
);
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])/;
const SLASHED = /^(\d{4})\/(\d{1,2})\/(\d{1,2})\b/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:$|T)/;
/** "16/01/2026", "16.01.2026" (most of the world) or "01/16/2026" (the US): read only when unambiguous. */
const NUMERIC_YEAR_LAST = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function ymd(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || y < 1900 || y > 2200) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** Parses the date formats pages use for publication dates; null for anything else. */
export function parseDate(raw: string): string | null {
  const s = raw.trim().replace(/\s+/g, ' ');
  let m = ISO.exec(s) ?? SLASHED.exec(s) ?? COMPACT.exec(s);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  m = MONTH_DAY_YEAR.exec(s);
  if (m) return ymd(Number(m[3]), MONTHS[m[1]!.toLowerCase()]!, Number(m[2]));
  m = DAY_MONTH_YEAR.exec(s);
  if (m) return ymd(Number(m[3]), MONTHS[m[2]!.toLowerCase()]!, Number(m[1]));
  m = NUMERIC_YEAR_LAST.exec(s);
  if (m) {
    const [a, b, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    // 05/06/2026 is May or June depending on the writer's country: not a date to accuse a page with.
    if (a > 12 && b <= 12) return ymd(y, b, a);
    if (b > 12 && a <= 12) return ymd(y, a, b);
  }
  return null;
}

const ARTICLE_TYPES =
  /^(?:News|Reportage|Analysis|Opinion|Report|Review|Background|Satirical|Scholarly|Tech)?Article$|^BlogPosting$|^LiveBlogPosting$/;

function jsonLdValues(node: unknown, out: Array<{ value: string; rank: number }>, depth = 0): void {
  if (depth > 8 || node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) jsonLdValues(item, out, depth + 1);
    return;
  }
  const obj = node as Record<string, unknown>;
  const published = obj.datePublished;
  if (typeof published === 'string' || (Array.isArray(published) && typeof published[0] === 'string')) {
    const types = ([] as unknown[]).concat(obj['@type'] ?? []).map(String);
    const rank = types.some((t) => ARTICLE_TYPES.test(t)) ? 0 : 1;
    out.push({ value: typeof published === 'string' ? published : (published[0] as string), rank });
  }
  for (const [key, value] of Object.entries(obj)) {
    if (key !== 'datePublished' && value && typeof value === 'object') jsonLdValues(value, out, depth + 1);
  }
}

function parseJsonLd(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // Some CMSs wrap JSON-LD in comments or CDATA markers.
    const cleaned = text
      .replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
      .replace(/(?:-->|\/\/\s*\]\]>|\]\]>)\s*$/, '');
    try {
      return JSON.parse(cleaned);
    } catch {
      return undefined;
    }
  }
}

/** First and last day (as UTC day numbers) of YYYY, YYYY-MM or YYYY-MM-DD. */
function period(iso: string): [number, number] {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!m) throw new Error(`not an ISO date: ${iso}`);
  const y = Number(m[1]);
  const day = (ms: number) => Math.round(ms / 86_400_000);
  if (m[3]) {
    const d = day(Date.UTC(y, Number(m[2]) - 1, Number(m[3])));
    return [d, d];
  }
  if (m[2]) return [day(Date.UTC(y, Number(m[2]) - 1, 1)), day(Date.UTC(y, Number(m[2]), 0))];
  return [day(Date.UTC(y, 0, 1)), day(Date.UTC(y, 11, 31))];
}

export interface DateComparison {
  /** True when the page is dated well after the events, or before them. */
  disagrees: boolean;
  /**
   * Days from the events to the page date: 0 when the page date falls inside the events'
   * period (e.g. 2019-03-12 against "2019-03"), positive when the page is later, negative
   * when it claims to predate what it reports.
   */
  gapDays: number;
}

/**
 * Compares a page's date with the date of the events it reports (either may be YYYY, YYYY-MM
 * or YYYY-MM-DD). News is dated soon after its events; `toleranceDays` (default 60) allows for
 * follow-ups and weeklies, and one day before the events is allowed for time zones.
 */
export function compareDates(pageDate: string, eventsDate: string, toleranceDays = 60): DateComparison {
  const [pageStart, pageEnd] = period(pageDate);
  const [eventsStart, eventsEnd] = period(eventsDate);
  let gapDays = 0;
  if (pageStart > eventsEnd) gapDays = pageStart - eventsEnd;
  else if (pageEnd < eventsStart) gapDays = pageEnd - eventsStart;
  return { disagrees: gapDays > toleranceDays || gapDays < -1, gapDays };
}

/** Meta keys in order of trust. */
const META_KEYS = [
  'article:published_time',
  'og:published_time',
  'datepublished',
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'dc.date.issued',
  'dc.date',
  'dcterms.created',
  'sailthru.date',
  'parsely-pub-date',
];

const LABEL = /^(?:published|posted|updated|publicado|actualizado)(?:\s+on)?\s*:?\s*/i;
const BYLINE = /^(?:by|por)\s.{1,60}?(?:\s[|·•—–-]\s|,\s)(.+)$/i;
/** A dateline's place before its date: "Ciudad de México, 16 de enero de 2026.-", "WASHINGTON, Jan. 16, 2026 —". */
const PLACE = /^((?:[^\d,]{2,40},\s*){1,3})(.+)$/;
/** A wire dateline's mark right after its date (".-", "—", "--"): a caption or a lede has none. */
const DATELINE_MARK = /^.{4,30}?(?:\.-|\s?[—–]|\s--)/;

/** The date part of a dateline: after a city in capitals, or before a dateline mark. */
function datelineRest(line: string): string | null {
  const m = PLACE.exec(line);
  if (!m) return null;
  // Wire style writes the city in capitals ("TIJUANA, Baja California, …").
  const city = m[1]!.split(',')[0]!;
  const rest = m[2]!;
  const capitals = city === city.toUpperCase() && city !== city.toLowerCase();
  return capitals || DATELINE_MARK.test(rest) ? rest : null;
}

/**
 * The page's own date from what the content script collected: meta tags, then JSON-LD, then
 * <time datetime>, then a dateline near the top of the article ("Friday, January 16, 2026").
 * Parsing happens here, off the content script, which only gathers the strings.
 */
export function pickPageDate(c: DateCandidates): PageDate | null {
  for (const key of META_KEYS) {
    const raw = c.meta[key];
    const date = raw ? parseDate(raw) : null;
    if (date) return { date, source: 'meta', raw: raw! };
  }
  const values: Array<{ value: string; rank: number }> = [];
  for (const text of c.jsonLd) jsonLdValues(parseJsonLd(text), values);
  values.sort((a, b) => a.rank - b.rank);
  for (const { value } of values) {
    const date = parseDate(value);
    if (date) return { date, source: 'json-ld', raw: value };
  }
  for (const raw of c.times) {
    const date = parseDate(raw);
    if (date) return { date, source: 'time', raw };
  }
  for (const line of c.lines) {
    const unlabelled = line.replace(LABEL, '');
    const byline = BYLINE.exec(line);
    const dateline = datelineRest(unlabelled);
    const candidates = [unlabelled];
    if (byline) candidates.push(byline[1]!);
    if (dateline) candidates.push(dateline);
    for (const candidate of candidates) {
      const date = parseDate(candidate);
      if (date) return { date, source: 'dateline', raw: line };
    }
  }
  return null;
}

/** The page's own date, read from a Document (the CLI and tests; the extension splits the two steps). */
export function readPageDate(doc: Document): PageDate | null {
  return pickPageDate(collectDateCandidates(doc));
}
