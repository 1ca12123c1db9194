/** A quantity's figures in time: ordered, and compared by date at any precision. */
import type { Figure } from '../topic/schema';

/** In date order, then seed, then id. */
export function sortByDate(figures: Figure[]): Figure[] {
  // A total order (plain string order of the ISO dates, then seed, then id), so the series reads
  // the same whatever order the pack's store returns the figures in.
  const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return [...figures].sort(
    (a, b) => cmp(a.asOf, b.asOf) || cmp(a.seed ?? '~', b.seed ?? '~') || cmp(a.id, b.id),
  );
}

/** Compares ISO dates of any precision on their common prefix: '2019-07' equals '2019-07-20'. */
export function compareIsoPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  const x = a.slice(0, n);
  const y = b.slice(0, n);
  return x < y ? -1 : x > y ? 1 : 0;
}
