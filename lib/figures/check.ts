import type { Figure, Qualifier, TopicPack } from '../topic/schema';
import { stem, tokenize, type Token } from '../search/tokens';
import { findFigures, type FoundFigure } from './parse';

/**
 * Checks the numbers a page states against the curated figures. Each number is attributed to a
 * curated quantity by the words around it (keywords near the number, weighted by how specific
 * they are to one quantity), then compared with that quantity's series as of the page's date:
 * "only 240 returned" agrees with March 2019 and is out of date by August 2019.
 */

export type FigureVerdict = 'agrees' | 'conflicts' | 'no-curated-figure';

export interface FigureCheck {
  raw: string;
  start: number;
  end: number;
  value: number;
  qualifier: Qualifier;
  unitHint?: string;
  quantity: string | null;
  verdict: FigureVerdict;
  /** The curated figure the page's number is closest to (the one it matches, when it matches). */
  closest: Figure | null;
  /** The latest curated figure known at the page's date (or at all, for an undated page). */
  current: Figure | null;
  /** Every curated figure of the quantity, oldest first. */
  series: Figure[];
  /** In English, for exports and the command line; views word `reason` in the reader's language. */
  explanation: string;
  reason: FigureReason;
}

/** Why a figure got its verdict, as data: lib/i18n/explain.ts words it in each UI language. */
export type FigureReason =
  | { kind: 'no-curated-figure' }
  | {
      kind: 'agrees';
      /** The curated quantity's label. */
      label: QuantityLabel;
      match: Figure;
      /** The page's date, when it precedes the figure it agrees with (a wrong date, likely). */
      pageBefore: string | null;
      /** Later figures of the quantity that the page's number does not match. */
      later: Figure[];
      undated: boolean;
    }
  | { kind: 'outdated'; label: QuantityLabel; match: Figure; current: Figure; pageDate: string }
  /** A count that changes over time, with no curated figure at the page's time (or no page date). */
  | { kind: 'no-figure-then'; label: QuantityLabel; date: string | null }
  | {
      kind: 'no-match';
      label: QuantityLabel;
      closest: Figure;
      /** The date the sources stop at, when the page's number is beyond all of them. */
      sourcesStop: string | null;
    };

interface Keyword {
  stems: string[];
  weight: number;
}

/** A quantity's label in each UI language. */
export type QuantityLabel = { en: string; es: string };

interface QuantityProfile {
  quantity: string;
  unit: string;
  label: QuantityLabel;
  series: Figure[];
  keywords: Keyword[];
}

const MIN_SCORE = 0.8;
/** Candidates within this share of the best keyword score compete on whether their values match. */
const CLOSE_CALL = 0.5;
const WINDOW = 20;
const OTHER_CLAUSE = 0.35;

// prettier-ignore
const UNIT_FAMILIES: Record<string, string> = {
  day: 'days', days: 'days', dia: 'days', dias: 'days',
  week: 'weeks', weeks: 'weeks', semana: 'weeks', semanas: 'weeks',
  month: 'months', months: 'months', mes: 'months', meses: 'months',
  year: 'years', years: 'years', ano: 'years', anos: 'years',
  hour: 'hours', hours: 'hours', hora: 'hours', horas: 'hours',
  percent: 'percent',
  dollar: 'money', dollars: 'money', peso: 'money', pesos: 'money', dolares: 'money',
  mile: 'distance', miles: 'distance', km: 'distance', kilometers: 'distance', kilometros: 'distance',
};

const profilesCache = new WeakMap<TopicPack, QuantityProfile[]>();

function profiles(pack: TopicPack): QuantityProfile[] {
  const cached = profilesCache.get(pack);
  if (cached) return cached;
  const byQuantity = new Map<string, Figure[]>();
  for (const figure of pack.figures) {
    const list = byQuantity.get(figure.quantity) ?? [];
    list.push(figure);
    byQuantity.set(figure.quantity, list);
  }
  const phrasesOf = new Map<string, Set<string>>();
  for (const [quantity, figures] of byQuantity) {
    const phrases = new Set<string>();
    for (const figure of figures) {
      // Without curated keywords, the label's content words are the best description available.
      const words = figure.keywords ?? tokenize(figure.label).map((t) => t.text);
      for (const word of words) {
        const stems = stemsOf(word);
        if (stems.length > 0) phrases.add(stems.join(' '));
      }
    }
    phrasesOf.set(quantity, phrases);
  }
  // A keyword shared by many quantities ("bus") says little about which one a number is.
  const documentFrequency = new Map<string, number>();
  for (const phrases of phrasesOf.values()) {
    for (const phrase of phrases) documentFrequency.set(phrase, (documentFrequency.get(phrase) ?? 0) + 1);
  }
  const total = byQuantity.size;
  const result = [...byQuantity].map(([quantity, figures]) => {
    const series = sortByDate(figures);
    return {
      quantity,
      unit: figures[0]!.unit,
      // The earliest figure names the quantity, whatever order the pack's store returns them in.
      label: { en: series[0]!.label, es: series[0]!.labelEs },
      series,
      keywords: [...phrasesOf.get(quantity)!].map((phrase) => ({
        stems: phrase.split(' '),
        weight: Math.log(1 + total / documentFrequency.get(phrase)!),
      })),
    };
  });
  profilesCache.set(pack, result);
  return result;
}

function stemsOf(text: string): string[] {
  return tokenize(text).map((t) => stem(t.text));
}

function sortByDate(figures: Figure[]): Figure[] {
  // A total order (plain string order of the ISO dates, then seed, then id), so the series reads
  // the same whatever order the pack's store returns the figures in.
  const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return [...figures].sort(
    (a, b) => cmp(a.asOf, b.asOf) || cmp(a.seed ?? '~', b.seed ?? '~') || cmp(a.id, b.id),
  );
}

/** Compares ISO dates of any precision on their common prefix: '2019-07' equals '2019-07-20'. */
export function compareDates(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  const x = a.slice(0, n);
  const y = b.slice(0, n);
  return x < y ? -1 : x > y ? 1 : 0;
}

interface CheckContext {
  tokens: Token[];
  stems: string[];
  sentence: number[];
  clause: number[];
}

const PARTIAL_WORDS = new Set(['other', 'another', 'otros', 'otras', 'remaining', 'restantes']);
const CLAUSE_WORDS = new Set(['and', 'but', 'while', 'whereas', 'y', 'pero', 'mientras']);

function buildContext(text: string): CheckContext {
  const tokens = tokenize(text);
  const stems = tokens.map((t) => stem(t.text));
  const sentence: number[] = [];
  const clause: number[] = [];
  let s = 0;
  let c = 0;
  tokens.forEach((token, i) => {
    if (i > 0) {
      const prev = tokens[i - 1]!;
      const gap = text.slice(prev.end, token.start);
      // "U.S." and "Mr." end in a period without ending the sentence; a real full stop follows a longer word.
      const fullStop = /[.!?]/.test(gap) && (prev.text.length >= 3 || /^\d/.test(prev.text));
      // "16,500" and "16.500" are one number, not two clauses or sentences.
      const inNumber = /^\d/.test(prev.text) && /^\d/.test(token.text) && gap.length === 1;
      if (inNumber) {
        // same clause
      } else if (gap.includes('\n') || fullStop || gap.includes(';')) {
        s++;
        c++;
      } else if (/[,:()\u2013\u2014]/.test(gap) || / - /.test(gap) || CLAUSE_WORDS.has(token.text)) {
        c++;
      }
    }
    sentence.push(s);
    clause.push(c);
  });
  return { tokens, stems, sentence, clause };
}

function keywordScore(ctx: CheckContext, first: number, last: number, profile: QuantityProfile): number {
  let score = 0;
  const from = Math.max(0, first - WINDOW);
  const to = Math.min(ctx.tokens.length - 1, last + WINDOW);
  for (const keyword of profile.keywords) {
    let best = 0;
    const n = keyword.stems.length;
    for (let i = from; i + n - 1 <= to; i++) {
      if (i + n - 1 >= first && i <= last) continue;
      if (ctx.sentence[i] !== ctx.sentence[first]) continue;
      let match = true;
      for (let k = 0; k < n && match; k++) match = ctx.stems[i + k] === keyword.stems[k];
      if (!match) continue;
      const distance = i > last ? i - last - 1 : first - (i + n - 1) - 1;
      const sameClause = ctx.clause[i] === ctx.clause[last] || ctx.clause[i + n - 1] === ctx.clause[first];
      best = Math.max(best, (keyword.weight / (1 + distance / 3)) * (sameClause ? 1 : OTHER_CLAUSE));
    }
    score += best;
  }
  return score;
}

function unitCompatible(found: FoundFigure, profile: QuantityProfile): boolean {
  const claimed = found.unitHint ? UNIT_FAMILIES[found.unitHint] : undefined;
  const curated = UNIT_FAMILIES[profile.unit.toLowerCase()];
  if (claimed !== curated && (claimed || curated)) return false;
  return Number.isInteger(found.value) || profile.series.some((f) => !Number.isInteger(f.value));
}

interface Interval {
  lo: number;
  hi: number;
}

/** What a stated number allows the true value to be. "More than" is bounded: 16,500 does not vouch for 60,000. */
function interval(value: number, qualifier: Qualifier): Interval {
  const open = value * 1e-9 + 1e-9;
  switch (qualifier) {
    case 'more-than':
      return { lo: value + open, hi: value * 1.25 };
    case 'at-least':
      return { lo: value, hi: value * 1.25 };
    case 'nearly':
      return { lo: value * 0.9, hi: value - open };
    case 'around':
      return { lo: value * 0.9, hi: value * 1.1 };
    case 'fewer-than':
      return { lo: value * 0.8, hi: value - open };
    default:
      return { lo: value, hi: value };
  }
}

/** Round numbers on a page are rounded: "70" may stand for 69, "16,000" for 16,400. */
function roundingTolerance(value: number): number {
  if (!Number.isInteger(value) || value === 0) return 0;
  let unit = 1;
  while (value % (unit * 10) === 0 && unit < 1e12) unit *= 10;
  return unit >= 10 ? Math.min(unit / 2, value * 0.05) : 0;
}

export function figureAgrees(value: number, qualifier: Qualifier, figure: Figure): boolean {
  const claim = interval(value, qualifier);
  const tolerance = roundingTolerance(value);
  const curated = interval(figure.value, figure.qualifier);
  // A range of the sources (68,000 to 74,000) allows anything within it.
  if (figure.high !== undefined)
    curated.hi = Math.max(curated.hi, interval(figure.high, figure.qualifier).hi);
  return claim.lo - tolerance <= curated.hi && curated.lo <= claim.hi + tolerance;
}

const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: '',
  'more-than': 'more than ',
  nearly: 'nearly ',
  around: 'around ',
  only: 'only ',
  'at-least': 'at least ',
  'fewer-than': 'fewer than ',
};

export function describeFigure(figure: Figure): string {
  return `${QUALIFIER_WORDS[figure.qualifier]}${figure.value.toLocaleString('en-US')}${figure.high !== undefined ? `–${figure.high.toLocaleString('en-US')}` : ''} as of ${figure.asOf} (${figure.seed ? `seed ${figure.seed.slice(0, 3)}` : `public record: ${(figure.records ?? []).join(', ')}`})`;
}

/** The series without repeats: copies of one article report the same figure as of the same date. */
function distinctFigures(series: Figure[]): Figure[] {
  const distinct: Figure[] = [];
  for (const f of series) {
    if (!distinct.some((d) => d.value === f.value && d.qualifier === f.qualifier && d.asOf === f.asOf))
      distinct.push(f);
  }
  return distinct;
}

function describeSeries(series: Figure[]): string {
  return distinctFigures(series).map(describeFigure).join('; ');
}

function attribute(ctx: CheckContext, found: FoundFigure, all: QuantityProfile[]): QuantityProfile | null {
  const inside = ctx.tokens
    .map((t, i) => ({ t, i }))
    .filter(({ t }) => t.start >= found.start && t.end <= found.end)
    .map(({ i }) => i);
  if (inside.length === 0) return null;
  const first = inside[0]!;
  const last = inside[inside.length - 1]!;
  // "The other two locations" counts part of a whole the sentence does not state.
  if (first > 0 && PARTIAL_WORDS.has(ctx.tokens[first - 1]!.text)) return null;
  const scored = all
    .filter((p) => unitCompatible(found, p))
    .map((p) => ({ profile: p, score: keywordScore(ctx, first, last, p) }))
    .filter((s) => s.score >= MIN_SCORE)
    .sort((a, b) => b.score - a.score);
  const best = scored[0];
  if (!best) return null;
  // Two bus counts share every nearby word; the one whose curated value the number matches wins.
  const contenders = scored.filter((s) => s.score >= best.score * CLOSE_CALL);
  const matching = contenders.find((s) =>
    s.profile.series.some((f) => figureAgrees(found.value, found.qualifier, f)),
  );
  return (matching ?? best).profile;
}

function judge(
  found: FoundFigure,
  profile: QuantityProfile,
  pageDate: string | null,
): Omit<FigureCheck, keyof FoundFigure | 'quantity'> {
  const series = profile.series;
  const known = pageDate ? series.filter((f) => compareDates(f.asOf, pageDate) <= 0) : series;
  const current = known[known.length - 1] ?? null;
  const matches = series.filter((f) => figureAgrees(found.value, found.qualifier, f));
  const what = `"${found.raw}" (${profile.label.en})`;
  const seriesText = `Curated series: ${describeSeries(series)}.`;

  if (matches.length > 0) {
    const knownMatches = matches.filter((f) => known.includes(f));
    const latest = knownMatches[knownMatches.length - 1];
    // Of equally recent matches the lowest seed is the earliest publication (002 copies 001).
    const newest = latest ? knownMatches.filter((f) => f.asOf === latest.asOf) : [];
    const match = newest.find((f) => f.value === found.value) ?? newest[0] ?? matches[0]!;
    const outdated =
      pageDate !== null &&
      current !== null &&
      !figureAgrees(found.value, found.qualifier, current) &&
      compareDates(match.asOf, current.asOf) < 0 &&
      compareDates(current.asOf, pageDate) < 0;
    if (outdated) {
      return {
        verdict: 'conflicts',
        closest: match,
        current,
        series,
        explanation:
          `${what} matches ${describeFigure(match)}, but the page is dated ${pageDate} and by then the curated ` +
          `figure was ${describeFigure(current)}: the number is out of date. ${seriesText}`,
        reason: { kind: 'outdated', label: profile.label, match, current, pageDate },
      };
    }
    const later = series.filter(
      (f) => compareDates(f.asOf, match.asOf) > 0 && !figureAgrees(found.value, found.qualifier, f),
    );
    const pageBefore = pageDate && compareDates(pageDate, match.asOf) < 0 ? pageDate : null;
    const notes = [
      pageBefore
        ? `The page is dated ${pageDate}, before this figure was reported; its date may be wrong.`
        : '',
      later.length > 0 && !pageDate
        ? `Later: ${describeSeries(later)}; the page has no date to say which applies.`
        : later.length > 0
          ? `Later figures exist: ${describeSeries(later)}.`
          : '',
    ].filter(Boolean);
    return {
      verdict: 'agrees',
      closest: match,
      current,
      series,
      explanation: [`${what} agrees with ${describeFigure(match)}.`, ...notes].join(' '),
      reason: {
        kind: 'agrees',
        label: profile.label,
        match,
        pageBefore,
        later: distinctFigures(later),
        undated: !pageDate,
      },
    };
  }

  // A count that changes over time is only contradicted by a figure of the same time: "5,000
  // returned" on a page of May 2019 falls between two curated counts, not against them. A one-time
  // count (the first bus) has one time, whatever the page's date.
  const times = new Set(series.map((f) => f.asOf));
  const sameTime =
    times.size === 1 || (pageDate !== null && series.some((f) => compareDates(f.asOf, pageDate) === 0));
  if (!sameTime) {
    return {
      verdict: 'no-curated-figure',
      closest: null,
      current,
      series,
      explanation: `"${found.raw}" (${profile.label.en}): no curated figure of this count ${pageDate ? `as of ${pageDate}` : 'for an undated page'} to compare with. ${seriesText}`,
      reason: { kind: 'no-figure-then', label: profile.label, date: pageDate },
    };
  }
  const pool = known.length > 0 ? known : series;
  const closest = pool.reduce((a, b) =>
    Math.abs(Math.log((found.value + 1) / (b.value + 1))) <
    Math.abs(Math.log((found.value + 1) / (a.value + 1)))
      ? b
      : a,
  );
  const latest = series[series.length - 1]!;
  const sourcesStop =
    series.every((f) => found.value > f.value) && (!pageDate || compareDates(pageDate, latest.asOf) > 0)
      ? latest.asOf
      : null;
  const beyond = sourcesStop
    ? ` The sources stop at ${sourcesStop}; a later figure they do not cover may exist.`
    : '';
  return {
    verdict: 'conflicts',
    closest,
    current,
    series,
    explanation: `${what} matches no curated figure; the closest is ${describeFigure(closest)}. ${seriesText}${beyond}`,
    reason: { kind: 'no-match', label: profile.label, closest, sourcesStop },
  };
}

/** Every number in `passageText`, attributed to a curated quantity where the words allow and judged as of `pageDate`. */
export function checkFigures(passageText: string, pageDate: string | null, pack: TopicPack): FigureCheck[] {
  const all = profiles(pack);
  const ctx = buildContext(passageText);
  return findFigures(passageText).map((found) => {
    const profile = attribute(ctx, found, all);
    if (!profile) {
      return {
        ...found,
        quantity: null,
        verdict: 'no-curated-figure',
        closest: null,
        current: null,
        series: [],
        explanation: `No curated figure is about what "${found.raw}" counts here.`,
        reason: { kind: 'no-curated-figure' },
      };
    }
    return { ...found, quantity: profile.quantity, ...judge(found, profile, pageDate) };
  });
}
