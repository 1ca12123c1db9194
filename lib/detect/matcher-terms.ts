/** The matcher's terms: built at build time for the reader, or where a matcher is made from topics (see MatcherTerms). */
import type { Alias, Topic } from '../topic/schema';
import { foldString } from '../text/fold';
import { termOf, termSetData, type Term, type TermSetData } from './terms';

export interface Entry {
  topic: number;
  kind: Alias['kind'] | 'neighbour';
  /** Needs a word boundary before it (its first character is a word character). */
  leftBoundary: boolean;
}

/**
 * What the matcher reads of its topics, as data: their ids and alias texts, the aliases'
 * alternation and every topic's cue and anti-cue terms, folded and ordered (matcherTerms). The
 * reader's script ships them built at build time (wxt.config.ts) instead of the topic: folding
 * and ordering a pack's terms on the page, cold, cost about 3 ms before the first scan (traced
 * on a 1,500-word page). Plain data, so JSON carries it.
 */
export interface MatcherTerms {
  /** The topics' ids, in order. */
  topics: string[];
  /** Each topic's alias texts, as the pack writes them. */
  aliasTexts: string[][];
  aliases: { terms: Term[]; entries: Entry[] } | null;
  cues: TermSetData[];
  antiCues: TermSetData[];
}

const KIND_RANK: Record<Alias['kind'], number> = { name: 3, phrase: 2, short: 1 };

function aliasTerms(topics: readonly Topic[]): MatcherTerms['aliases'] {
  // One alternative per distinct folded form per topic; if the pack lists a form twice with
  // different kinds, the most specific kind wins. Neighbours win over aliases on equal text.
  const forms = new Map<string, { entry: Entry; term: Term; length: number }>();
  const rank = (k: Entry['kind']) => (k === 'neighbour' ? 4 : KIND_RANK[k]);
  const add = (topicIndex: number, text: string, kind: Entry['kind']) => {
    const f = foldString(text);
    const term = termOf(text, f, false);
    if (!term) return;
    const key = `${kind === 'neighbour' ? 'n' : topicIndex}\u0000${f}`;
    const prev = forms.get(key);
    if (prev && rank(prev.entry.kind) >= rank(kind)) return;
    forms.set(key, {
      entry: { topic: topicIndex, kind, leftBoundary: term.leftBoundary },
      term,
      length: f.length,
    });
  };
  topics.forEach((t, i) => {
    for (const a of neighbourTerms(t)) add(i, a, 'neighbour');
    for (const a of t.aliases) add(i, a.text, a.kind);
  });
  const ordered = [...forms.values()].sort(
    (a, b) =>
      b.length - a.length || (b.entry.kind === 'neighbour' ? 1 : 0) - (a.entry.kind === 'neighbour' ? 1 : 0),
  );
  if (ordered.length === 0) return null;
  return { terms: ordered.map((o) => o.term), entries: ordered.map((o) => o.entry) };
}

/** The matcher's terms for `topics`, as data (see MatcherTerms). */
export function matcherTerms(topics: readonly Topic[]): MatcherTerms {
  return {
    topics: topics.map((t) => t.id),
    aliasTexts: topics.map((t) => t.aliases.map((a) => a.text)),
    aliases: aliasTerms(topics),
    cues: topics.map((t) => termSetData(t.cues)),
    antiCues: topics.map((t) => termSetData(t.antiCues)),
  };
}

/** Terms given as they are, topics as their terms. */
export function asMatcherTerms(source: readonly Topic[] | MatcherTerms): MatcherTerms {
  return isTopicList(source) ? matcherTerms(source) : source;
}

function isTopicList(source: readonly Topic[] | MatcherTerms): source is readonly Topic[] {
  return Array.isArray(source);
}

/**
 * The texts the matcher looks for as a topic's neighbours (each neighbour's name and aliases): a
 * hit on one is no mention of the topic. The gate's early paint leaves out a name inside one
 * (gate-patterns.ts earlySource).
 */
export function neighbourTerms(topic: Pick<Topic, 'neighbours'>): string[] {
  return topic.neighbours.flatMap((n) => [n.name, ...n.aliases]);
}
