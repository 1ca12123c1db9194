import type { Figure, Qualifier, TopicPack } from '../topic/schema';
import { findFigures, type FoundFigure } from './parse';
import { attribute, buildContext, profiles, type QuantityLabel, type QuantityProfile } from './attribute';
import { distinctFigures, figureAgrees } from './agree';
import { compareIsoPrefix } from './series';

export { figureAgrees, type QuantityLabel };

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
  /** Why, as data: lib/i18n/explain.ts words it, in the UI and in exports alike. */
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

function judge(
  found: FoundFigure,
  profile: QuantityProfile,
  pageDate: string | null,
): Omit<FigureCheck, keyof FoundFigure | 'quantity'> {
  const series = profile.series;
  const known = pageDate ? series.filter((f) => compareIsoPrefix(f.asOf, pageDate) <= 0) : series;
  const current = known[known.length - 1] ?? null;
  const matches = series.filter((f) => figureAgrees(found.value, found.qualifier, f));

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
      compareIsoPrefix(match.asOf, current.asOf) < 0 &&
      compareIsoPrefix(current.asOf, pageDate) < 0;
    if (outdated) {
      return {
        verdict: 'conflicts',
        closest: match,
        current,
        series,
        reason: { kind: 'outdated', label: profile.label, match, current, pageDate },
      };
    }
    const later = series.filter(
      (f) => compareIsoPrefix(f.asOf, match.asOf) > 0 && !figureAgrees(found.value, found.qualifier, f),
    );
    const pageBefore = pageDate && compareIsoPrefix(pageDate, match.asOf) < 0 ? pageDate : null;
    return {
      verdict: 'agrees',
      closest: match,
      current,
      series,
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
    times.size === 1 || (pageDate !== null && series.some((f) => compareIsoPrefix(f.asOf, pageDate) === 0));
  if (!sameTime) {
    return {
      verdict: 'no-curated-figure',
      closest: null,
      current,
      series,
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
    series.every((f) => found.value > f.value) && (!pageDate || compareIsoPrefix(pageDate, latest.asOf) > 0)
      ? latest.asOf
      : null;
  return {
    verdict: 'conflicts',
    closest,
    current,
    series,
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
        reason: { kind: 'no-curated-figure' },
      };
    }
    return { ...found, quantity: profile.quantity, ...judge(found, profile, pageDate) };
  });
}
