import type { Fact, TopicPack } from '../topic/schema';
import { termRanker, type TermRanker } from './rank-terms';

/** Facts most relevant to a passage of page text: the popover shows those that speak to the sentence under the pointer. */
const cache = new WeakMap<TopicPack, TermRanker<Fact>>();

export function rankFacts(passage: string, pack: TopicPack, limit = 5): Array<{ fact: Fact; score: number }> {
  let ranker = cache.get(pack);
  if (!ranker) {
    ranker = termRanker(
      pack.facts,
      (f) => [f.statement, f.quote, ...f.tags, ...f.people, ...f.places].join(' '),
      (f) => f.id,
    );
    cache.set(pack, ranker);
  }
  return ranker.rank(passage, limit).map(({ item, score }) => ({ fact: item, score }));
}
