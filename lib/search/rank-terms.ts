import { englishEquivalents } from './glossary';
import { contentTerms } from './tokens';

/**
 * Items most relevant to a passage of page text, by term overlap weighted by rarity (idf) and
 * normalised by each item's size so a long text does not win on bulk alone. A Spanish passage
 * reaches English items through the glossary. One ranker for facts and relations alike.
 */
export interface TermRanker<T> {
  rank(passage: string, limit: number): Array<{ item: T; score: number }>;
}

export function termRanker<T>(
  items: readonly T[],
  textOf: (item: T) => string,
  idOf: (item: T) => string,
): TermRanker<T> {
  const docs = items.map((item) => ({ item, id: idOf(item), terms: new Set(contentTerms(textOf(item))) }));
  const df = new Map<string, number>();
  for (const d of docs) for (const t of d.terms) df.set(t, (df.get(t) ?? 0) + 1);
  const idf = new Map([...df].map(([t, n]) => [t, Math.log(1 + docs.length / n)]));
  return {
    rank(passage, limit) {
      const query = new Set([...contentTerms(passage), ...contentTerms(englishEquivalents(passage))]);
      const scored: Array<{ item: T; score: number; id: string }> = [];
      for (const d of docs) {
        let score = 0;
        for (const t of query) if (d.terms.has(t)) score += idf.get(t) ?? 0;
        if (score > 0) scored.push({ item: d.item, id: d.id, score: score / Math.sqrt(d.terms.size) });
      }
      return scored
        .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
        .slice(0, limit)
        .map(({ item, score }) => ({ item, score }));
    },
  };
}
