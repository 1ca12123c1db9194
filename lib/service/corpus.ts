import type { TopicPack } from '../topic/schema';
import { buildSeedIndex } from '../copy/shingles';
import { sourceViews, type CorpusIndex } from './page-context';

/** The in-memory form of the index that page checks run against: pack, seed shingles, source views. */
export function buildCorpus(pack: TopicPack, seedTexts: Record<string, string>): CorpusIndex {
  const seeds = buildSeedIndex(seedTexts);
  return { pack, seeds, sources: sourceViews(pack, seeds) };
}
