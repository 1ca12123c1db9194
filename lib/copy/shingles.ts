import { tokenize, type Token } from '../search/tokens';

/**
 * Copy detection by word shingles. Texts are folded (case, accents, curly quotes, dashes, NBSP) by
 * the tokenizer, cut into overlapping runs of `k` words, and each run is hashed to a 32-bit number,
 * so a seed costs one Set and a page costs one pass with a Set lookup per word. Which seed copies
 * which is computed from the text, never declared.
 */

export const DEFAULT_SHINGLE_SIZE = 4;

export interface SeedShingles {
  seed: string;
  shingles: Set<number>;
}

export interface SeedShingleIndex {
  k: number;
  seeds: SeedShingles[];
}

export interface CopyRelation {
  copy: string;
  original: string;
  /** Share of the copy's shingles found in the original. */
  containment: number;
}

export interface CopiedPassage {
  seed: string;
  pageStart: number;
  pageEnd: number;
  /** Share of the passage's words covered by shingles found in the seed. */
  similarity: number;
}

/** FNV-1a over the shingle's words; collisions only ever add a stray hit, never hide a copy. */
function hashWords(tokens: Token[], from: number, k: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < from + k; i++) {
    const word = tokens[i]!.text;
    for (let c = 0; c < word.length; c++) {
      h ^= word.charCodeAt(c);
      h = Math.imul(h, 0x01000193);
    }
    h ^= 0x20;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function shingleHashes(tokens: Token[], k: number): number[] {
  const hashes: number[] = [];
  for (let i = 0; i + k <= tokens.length; i++) hashes.push(hashWords(tokens, i, k));
  return hashes;
}

export function shingleSet(text: string, k: number = DEFAULT_SHINGLE_SIZE): Set<number> {
  return new Set(shingleHashes(tokenize(text), k));
}

/** Precompute once per seed set; findCopiedPassages then only hashes the page. */
export function buildSeedIndex(
  seedTexts: Record<string, string>,
  k: number = DEFAULT_SHINGLE_SIZE,
): SeedShingleIndex {
  return {
    k,
    seeds: Object.entries(seedTexts).map(([seed, text]) => ({ seed, shingles: shingleSet(text, k) })),
  };
}

function containment(small: Set<number>, large: Set<number>): number {
  if (small.size === 0) return 0;
  let shared = 0;
  for (const h of small) if (large.has(h)) shared++;
  return shared / small.size;
}

function uniqueCount(a: Set<number>, b: Set<number>): number {
  let n = 0;
  for (const h of a) if (!b.has(h)) n++;
  return n;
}

export interface PairContainment {
  a: string;
  b: string;
  /** Share of the smaller text's shingles found in the larger one. */
  containment: number;
}

/** Containment for every pair of seeds, smaller text against larger. */
export function pairwiseContainment(
  seedTexts: Record<string, string> | SeedShingleIndex,
  k: number = DEFAULT_SHINGLE_SIZE,
): PairContainment[] {
  const index = isIndex(seedTexts) ? seedTexts : buildSeedIndex(seedTexts, k);
  const pairs: PairContainment[] = [];
  index.seeds.forEach((x, i) => {
    for (const y of index.seeds.slice(i + 1)) {
      const [small, large] = x.shingles.size <= y.shingles.size ? [x, y] : [y, x];
      pairs.push({ a: x.seed, b: y.seed, containment: containment(small.shingles, large.shingles) });
    }
  });
  return pairs;
}

export interface CopyOptions {
  k?: number;
  /** Containment at or above which the smaller text counts as a copy. */
  threshold?: number;
}

/**
 * Which seeds copy which. The original is the text with more content of its own: a shortened copy
 * adds little that the original lacks, while the original keeps everything the copy cut.
 */
export function computeCopies(
  seedTexts: Record<string, string> | SeedShingleIndex,
  options: CopyOptions = {},
): CopyRelation[] {
  const index = isIndex(seedTexts) ? seedTexts : buildSeedIndex(seedTexts, options.k);
  const threshold = options.threshold ?? 0.5;
  const bySeed = new Map(index.seeds.map((s) => [s.seed, s.shingles]));
  const relations: CopyRelation[] = [];
  for (const pair of pairwiseContainment(index)) {
    if (pair.containment < threshold) continue;
    const a = bySeed.get(pair.a)!;
    const b = bySeed.get(pair.b)!;
    const aOwn = uniqueCount(a, b);
    const bOwn = uniqueCount(b, a);
    const [copy, original] = aOwn < bOwn ? [pair.a, pair.b] : [pair.b, pair.a];
    relations.push({ copy, original, containment: pair.containment });
  }
  return relations;
}

export interface PassageOptions {
  /** Shingle size when seed texts (not an index) are passed. */
  k?: number;
  /** Hits further apart than this many words start a new passage; edits inside a copy leave such gaps. */
  maxGap?: number;
  /** Passages shorter than this many words are common phrases, not copies. */
  minWords?: number;
  minSimilarity?: number;
}

function isIndex(x: Record<string, string> | SeedShingleIndex): x is SeedShingleIndex {
  return typeof (x as SeedShingleIndex).k === 'number' && Array.isArray((x as SeedShingleIndex).seeds);
}

/** Passages of a page that appear, verbatim or lightly edited, in a seed. */
export function findCopiedPassages(
  pageText: string,
  seeds: Record<string, string> | SeedShingleIndex,
  options: PassageOptions = {},
): CopiedPassage[] {
  const index = isIndex(seeds) ? seeds : buildSeedIndex(seeds, options.k);
  const k = index.k;
  const maxGap = options.maxGap ?? k + 4;
  const minWords = options.minWords ?? 12;
  const minSimilarity = options.minSimilarity ?? 0.5;
  const tokens = tokenize(pageText);
  const hashes = shingleHashes(tokens, k);
  const passages: CopiedPassage[] = [];

  for (const { seed, shingles } of index.seeds) {
    let runStart = -1;
    let lastHit = -1;
    let covered = 0;
    let coveredUpTo = -1;
    const close = () => {
      if (runStart < 0) return;
      const firstWord = runStart;
      const lastWord = lastHit + k - 1;
      const words = lastWord - firstWord + 1;
      const similarity = covered / words;
      if (words >= minWords && similarity >= minSimilarity) {
        passages.push({
          seed,
          pageStart: tokens[firstWord]!.start,
          pageEnd: tokens[lastWord]!.end,
          similarity,
        });
      }
      runStart = -1;
      covered = 0;
      coveredUpTo = -1;
    };
    for (let i = 0; i < hashes.length; i++) {
      if (!shingles.has(hashes[i]!)) continue;
      if (runStart >= 0 && i - lastHit > maxGap) close();
      if (runStart < 0) runStart = i;
      // Count each word once even though overlapping shingles cover it k times.
      const from = Math.max(i, coveredUpTo + 1);
      covered += i + k - from;
      coveredUpTo = i + k - 1;
      lastHit = i;
    }
    close();
  }
  return passages.sort((a, b) => a.pageStart - b.pageStart || b.similarity - a.similarity);
}
