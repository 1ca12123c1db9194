import Fuse, { type FuseOptionKey, type FuseResult, type IFuseOptions } from 'fuse.js';
import type { Conflict, Fact, Figure, Source, TimelineEvent, Topic, TopicPack } from '../topic/schema';
import { foldWords } from './fold';
import { englishEquivalents } from './glossary';

/**
 * Fuzzy search over a topic pack (plain data in, no storage): typo-tolerant ("Remian in Mexcio"),
 * accent-insensitive ("quedate en mexico") and bridged from Spanish to the English facts.
 */

export type SearchResult =
  | { type: 'topic'; id: string; score: number; item: Topic }
  | { type: 'fact'; id: string; score: number; item: Fact }
  | { type: 'figure'; id: string; score: number; item: Figure }
  | { type: 'conflict'; id: string; score: number; item: Conflict }
  | { type: 'source'; id: string; score: number; item: Source }
  | { type: 'timeline'; id: string; score: number; item: TimelineEvent };

export type SearchType = SearchResult['type'];

interface Doc {
  result: Omit<SearchResult, 'score'>;
  /** Names of the policy: short fields, so an alias hit outranks the same words inside a long quote. */
  names: string[];
  title: string;
  body: string[];
  tags: string[];
}

export interface SearchOptions {
  limit?: number;
  types?: SearchType[];
}

export interface PackSearch {
  /** Best first; `score` is 1 for a perfect match, falling towards 0. */
  search(query: string, options?: SearchOptions): SearchResult[];
}

function documents(pack: TopicPack): Doc[] {
  const { topic } = pack;
  const docs: Doc[] = [
    {
      result: { type: 'topic', id: topic.id, item: topic },
      names: [topic.name, topic.nameEs, ...topic.aliases.map((a) => a.text)],
      title: topic.name,
      body: [topic.summary, topic.summaryEs],
      tags: [],
    },
  ];
  for (const fact of pack.facts) {
    docs.push({
      result: { type: 'fact', id: fact.id, item: fact },
      names: [],
      title: fact.statement,
      body: [fact.quote],
      tags: [...fact.tags, ...fact.people, ...fact.places],
    });
  }
  for (const figure of pack.figures) {
    docs.push({
      result: { type: 'figure', id: figure.id, item: figure },
      names: [],
      title: figure.label,
      body: figure.quote ? [figure.quote] : [],
      tags: [...(figure.keywords ?? []), figure.quantity.replace(/-/g, ' ')],
    });
  }
  for (const conflict of pack.conflicts) {
    docs.push({
      result: { type: 'conflict', id: conflict.id, item: conflict },
      names: [],
      title: conflict.title,
      body: [conflict.explanation],
      tags: [conflict.kind],
    });
  }
  for (const source of pack.sources) {
    docs.push({
      result: { type: 'source', id: source.seed, item: source },
      names: [],
      title: source.title,
      body: [source.summary],
      tags: [source.outlet ?? '', source.seed],
    });
  }
  for (const event of pack.timeline) {
    docs.push({
      result: { type: 'timeline', id: event.id, item: event },
      names: [],
      title: event.event,
      body: [event.quote],
      tags: [event.date],
    });
  }
  return docs;
}

const KEYS: FuseOptionKey<Doc>[] = [
  { name: 'names', weight: 4 },
  { name: 'title', weight: 2 },
  { name: 'body', weight: 1 },
  { name: 'tags', weight: 0.5 },
];

type SearchField = 'names' | 'title' | 'body' | 'tags';

export function createSearch(pack: TopicPack): PackSearch {
  const options: IFuseOptions<Doc> = {
    keys: KEYS,
    includeScore: true,
    ignoreLocation: true,
    threshold: 0.4,
    minMatchCharLength: 2,
    // Folding inside getFn means the index holds "quedate en mexico" for "Quédate en México".
    getFn: (doc, path) => {
      const value = doc[(Array.isArray(path) ? path[0] : path) as SearchField];
      return Array.isArray(value) ? value.map(foldWords) : foldWords(value);
    },
  };
  const docs = documents(pack);
  // Whole-query matching catches a misspelt name ("Remian in Mexcio" ≈ an alias); word matching
  // catches queries whose words are scattered through a fact. Each document keeps its better score.
  const phraseFuse = new Fuse(docs, options);
  const wordFuse = new Fuse(docs, { ...options, useTokenSearch: true });

  return {
    search(query, { limit = 20, types } = {}) {
      const folded = foldWords(query);
      if (!folded) return [];
      const best = new Map<Doc, number>();
      const run = (hits: Array<FuseResult<Doc>>, penalty: number) => {
        for (const hit of hits) {
          const score = 1 - (hit.score ?? 1) - penalty;
          if (score > (best.get(hit.item) ?? -Infinity)) best.set(hit.item, score);
        }
      };
      run(phraseFuse.search(folded), 0);
      run(wordFuse.search(folded), 0);
      // A Spanish query also searches the English facts word by word; translated hits rank a little lower.
      const english = englishEquivalents(query);
      if (english) run(wordFuse.search(english), 0.05);
      return [...best]
        .filter(([doc]) => !types || types.includes(doc.result.type))
        .sort((a, b) => b[1] - a[1])
        .slice(0, limit)
        .map(
          ([doc, score]) =>
            ({ ...doc.result, score: Math.max(0, Math.round(score * 1000) / 1000) }) as SearchResult,
        );
    },
  };
}
