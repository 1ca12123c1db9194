/**
 * Whether a stated number agrees with a curated figure: "about 70,000", "more than 60,000" and
 * "76,000" read as intervals, with the rounding a writer may apply. Used by the figure check.
 */
import type { Figure, Qualifier } from '../topic/schema';

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

/** The series without repeats: copies of one article report the same figure as of the same date. */
export function distinctFigures(series: Figure[]): Figure[] {
  const distinct: Figure[] = [];
  for (const f of series) {
    if (!distinct.some((d) => d.value === f.value && d.qualifier === f.qualifier && d.asOf === f.asOf))
      distinct.push(f);
  }
  return distinct;
}
