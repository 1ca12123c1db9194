import type { Fact, TopicPack } from '../topic/schema';
import { englishEquivalents } from './glossary';
import { contentTerms } from './tokens';

/**
 * Facts most relevant to a passage of page text, by term overlap weighted by rarity (idf):
 * the popover shows the curated facts that speak to the sentence under the pointer. A Spanish
 * passage reaches the English facts through the glossary, as in rankRelatedSources.
 */
interface FactDoc {
  fact: Fact;
  terms: Set<string>;
}

const cache = new WeakMap<TopicPack, { docs: FactDoc[]; idf: Map<string, number> }>();

function index(pack: TopicPack) {
  let hit = cache.get(pack);
  if (hit) return hit;
  const docs = pack.facts.map((fact) => ({
    fact,
    terms: new Set(
      contentTerms([fact.statement, fact.quote, ...fact.tags, ...fact.people, ...fact.places].join(' ')),
    ),
  }));
  const df = new Map<string, number>();
  for (const d of docs) for (const t of d.terms) df.set(t, (df.get(t) ?? 0) + 1);
  const idf = new Map([...df].map(([t, n]) => [t, Math.log(1 + docs.length / n)]));
  hit = { docs, idf };
  cache.set(pack, hit);
  return hit;
}

export function rankFacts(passage: string, pack: TopicPack, limit = 5): Array<{ fact: Fact; score: number }> {
  const { docs, idf } = index(pack);
  const query = new Set([...contentTerms(passage), ...contentTerms(englishEquivalents(passage))]);
  const scored: Array<{ fact: Fact; score: number }> = [];
  for (const d of docs) {
    let score = 0;
    for (const t of query) if (d.terms.has(t)) score += idf.get(t) ?? 0;
    // Normalise by the fact's size so a long quote does not win on bulk alone.
    if (score > 0) scored.push({ fact: d.fact, score: score / Math.sqrt(d.terms.size) });
  }
  return scored.sort((a, b) => b.score - a.score || a.fact.id.localeCompare(b.fact.id)).slice(0, limit);
}
