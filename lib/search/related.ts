import type { TopicPack } from '../topic/schema';
import { englishEquivalents } from './glossary';
import { contentTerms } from './tokens';

/**
 * Ranks seed articles for a passage of page text with BM25. Each seed is represented by what the
 * pack says it contains (title, facts, figures, timeline quotes), so the ranking needs no seed text
 * at run time and a Spanish passage reaches English facts through the glossary.
 */

export interface RelatedSource {
  seed: string;
  score: number;
}

interface SeedDoc {
  seed: string;
  terms: Map<string, number>;
  length: number;
}

const K1 = 1.2;
const B = 0.75;

const docsCache = new WeakMap<TopicPack, SeedDoc[]>();

function seedDocs(pack: TopicPack): SeedDoc[] {
  const cached = docsCache.get(pack);
  if (cached) return cached;
  const docs = pack.sources.map((source) => {
    const texts = [source.title, source.eventsDateEvidence.quote];
    for (const fact of pack.facts) if (fact.seed === source.seed) texts.push(fact.statement, fact.quote);
    for (const figure of pack.figures)
      if (figure.seed === source.seed && figure.quote) texts.push(figure.label, figure.quote);
    for (const event of pack.timeline) if (event.seed === source.seed) texts.push(event.event, event.quote);
    const terms = new Map<string, number>();
    let length = 0;
    for (const term of texts.flatMap(contentTerms)) {
      terms.set(term, (terms.get(term) ?? 0) + 1);
      length++;
    }
    return { seed: source.seed, terms, length };
  });
  docsCache.set(pack, docs);
  return docs;
}

/** Seeds most related to `passage`, best first; seeds sharing no term score 0 and come last. */
export function rankRelatedSources(passage: string, pack: TopicPack): RelatedSource[] {
  const docs = seedDocs(pack);
  if (docs.length === 0) return [];
  const query = new Set([...contentTerms(passage), ...contentTerms(englishEquivalents(passage))]);
  const avgLength = docs.reduce((sum, d) => sum + d.length, 0) / docs.length;
  const scored = docs.map((doc) => {
    let score = 0;
    for (const term of query) {
      const tf = doc.terms.get(term);
      if (!tf) continue;
      const df = docs.filter((d) => d.terms.has(term)).length;
      const idf = Math.log(1 + (docs.length - df + 0.5) / (df + 0.5));
      score += (idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * doc.length) / avgLength));
    }
    return { seed: doc.seed, score: Math.round(score * 1000) / 1000 };
  });
  return scored.sort((a, b) => b.score - a.score || a.seed.localeCompare(b.seed));
}
