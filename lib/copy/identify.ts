import { tokenize } from '../search/tokens';
import { DEFAULT_SHINGLE_SIZE, shingleSet, type SeedShingleIndex } from './shingles';

/**
 * Which seed a page is (or reprints whole): the seed most of whose shingles the page holds. A
 * page holding 001 whole also holds most of 002, a shortened copy of 001, so the best covered seed
 * wins; a page quoting a few passages is not any seed.
 */
export interface PageIdentity {
  seed: string;
  /** Share of the seed's shingles found on the page. */
  coverage: number;
}

const MIN_COVERAGE = 0.7;

export function identifyPage(pageText: string, index: SeedShingleIndex): PageIdentity | null {
  if (tokenize(pageText).length < (index.k ?? DEFAULT_SHINGLE_SIZE) * 10) return null;
  const page = shingleSet(pageText, index.k);
  let best: PageIdentity | null = null;
  for (const { seed, shingles } of index.seeds) {
    if (shingles.size === 0) continue;
    let hits = 0;
    for (const h of shingles) if (page.has(h)) hits++;
    const coverage = hits / shingles.size;
    if (coverage >= MIN_COVERAGE && (!best || coverage > best.coverage)) best = { seed, coverage };
  }
  return best;
}
