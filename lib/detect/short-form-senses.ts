/**
 * What a page makes its short forms mean besides the topic, for the matcher's second pass
 * (matcher-core.ts): a unit it writes in lower case ("1 ppm equals 1 mg/L"), or another name it
 * spells them out as ("Majlis Perwakilan Pelajar (MPP)"). Each is worked out once per text.
 */
import type { Passage, PassageHit } from './passage';

/** What this module reads of the matcher's candidates. */
export interface ShortFormCandidate extends PassageHit {
  kind: string;
  entry: { topic: number };
}

/** Folded characters at most between a name and the short form in brackets that abbreviates it. */
const ABBREVIATES_WITHIN = 32;

/** Folded, four letters or more: the words of a topic's aliases (matcher-core wordsOfTopic). */
type TopicWords = (topic: number) => ReadonlySet<string>;

export function shortFormSenses(
  ctx: Passage,
  candidates: readonly ShortFormCandidate[],
  text: string,
  folded: string,
  wordsOfTopic: TopicWords,
) {
  const form = (c: ShortFormCandidate) => folded.slice(c.fStart, c.fEnd);
  /** Right after a name or phrase of a topic: "the remain in mexico policy (mpp)" abbreviates it. */
  const followsName = (i: number) => {
    const prev = candidates[i - 1];
    return !!prev && prev.kind !== 'short' && candidates[i]!.fStart - prev.fEnd <= ABBREVIATES_WITHIN;
  };
  // A short form in lower case that the page writes as a unit somewhere ("1 ppm equals 1 mg/L",
  // "Nitrate-N (ppm)") is that unit wherever the page writes it in lower case ("TDS in ppm").
  const units = new Set<string>();
  candidates.forEach((c, i) => {
    if (c.kind === 'short' && ctx.unitShaped(c, followsName(i))) units.add(form(c));
  });
  // A writer's "Migrant Protection Program (MPP)" still spells the policy out.
  const isTopicWords = (c: ShortFormCandidate) => {
    const own = wordsOfTopic(c.entry.topic);
    return (words: string[]) => words.some((w) => own.has(w));
  };
  const otherwise = new Map<string, boolean>();
  return {
    isTopicWords,
    /** A lower-case short form the page writes as a unit. */
    isUnit(c: ShortFormCandidate): boolean {
      const exact = text.slice(c.start, c.end);
      return exact === exact.toLowerCase() && units.has(form(c));
    },
    /** Does the page spell this short form out as something other than the topic anywhere? */
    definedOtherwise(c: ShortFormCandidate): boolean {
      const short = form(c);
      let yes = otherwise.get(short);
      if (yes === undefined) otherwise.set(short, (yes = ctx.definesOtherwise(short, isTopicWords(c))));
      return yes;
    },
  };
}
