import type { Conflict, TopicPack } from '../topic/schema';
import { termRanker, type TermRanker } from './rank-terms';

/**
 * Relations between sources (series, promise and practice, framing, hazards, contradictions)
 * most relevant to a passage, by the words of their title, explanation and members. Page
 * relations ('misdated', 'copy') are the page signals' business, not the passage's.
 */
const PAGE_KINDS = new Set<Conflict['kind']>(['misdated', 'copy']);
const cache = new WeakMap<TopicPack, TermRanker<Conflict>>();
const quantityCache = new WeakMap<TopicPack, Map<string, string>>();

export function rankRelations(
  passage: string,
  pack: TopicPack,
  limit: number,
  /** Quantities the passage states a number of: their series rank first, since one number alone misleads. */
  quantities: ReadonlySet<string> = new Set(),
): Array<{ relation: Conflict; score: number }> {
  let ranker = cache.get(pack);
  if (!ranker) {
    const statements = new Map<string, string>([
      ...pack.facts.map((f) => [f.id, f.statement] as const),
      ...pack.figures.map((f) => [f.id, f.label] as const),
    ]);
    ranker = termRanker(
      pack.conflicts.filter((c) => !PAGE_KINDS.has(c.kind)),
      (c) => [c.title, c.explanation, ...c.members.map((m) => statements.get(m) ?? '')].join(' '),
      (c) => c.id,
    );
    cache.set(pack, ranker);
  }
  let figureQuantity = quantityCache.get(pack);
  if (!figureQuantity)
    quantityCache.set(pack, (figureQuantity = new Map(pack.figures.map((f) => [f.id, f.quantity]))));
  const bonus = (c: Conflict) =>
    c.members.some((m) => quantities.has(figureQuantity.get(m) ?? '')) ? 10 : 0;
  const ranked = ranker.rank(passage, pack.conflicts.length).map(({ item, score }) => ({
    relation: item,
    score: score + bonus(item),
  }));
  // A series named by the passage's number counts even if no word overlaps.
  for (const c of pack.conflicts)
    if (!PAGE_KINDS.has(c.kind) && bonus(c) > 0 && !ranked.some((r) => r.relation.id === c.id))
      ranked.push({ relation: c, score: bonus(c) });
  return ranked.sort((a, b) => b.score - a.score).slice(0, limit);
}
