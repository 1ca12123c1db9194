/**
 * Whether an ordinary-phrase alias ("remain in Mexico", "permanecer en México") is used as a verb
 * phrase, describing what people do, rather than naming the policy: "asylum seekers must remain
 * in Mexico while they wait", "deberán permanecer en México". The word before it governs a verb
 * (a modal, "to", a subject pronoun), or, for a phrase written in lower case, the word after it
 * continues a clause ("… remain in Mexico until / while / for months").
 * A name keeps its shape ("so remain in mexico is finally dead?", "REMAIN IN MEXICO").
 * Words are compared folded (lower case, no accents).
 */
const GOVERNS_VERB = new Set([
  // English modals, infinitive and auxiliaries
  'must',
  'to',
  'will',
  'would',
  'should',
  'could',
  'can',
  'may',
  'might',
  'shall',
  'll',
  'd',
  'do',
  'does',
  'did',
  'not',
  'never',
  'still',
  'also',
  'instead',
  // subjects of a finite verb
  'i',
  'you',
  'he',
  'she',
  'we',
  'they',
  'who',
  'them',
  'people',
  'migrants',
  'seekers',
  'families',
  'many',
  'others',
  'some',
  'thousands',
  'hundreds',
  // Spanish modals, prepositions before an infinitive, subjects
  'deben',
  'debe',
  'deberan',
  'debera',
  'deberian',
  'debian',
  'tienen',
  'tiene',
  'tuvieron',
  'que',
  'para',
  'pueden',
  'puede',
  'podran',
  'podrian',
  'quieren',
  'quiere',
  'prefieren',
  'decidieron',
  'van',
  'siguen',
  'obligados',
  'obligadas',
  'forzados',
  'forzadas',
  'a',
  'de',
  'sin',
  'se',
  'les',
  'los',
  'ellos',
  'ellas',
  'migrantes',
  'familias',
  'muchos',
  'muchas',
]);

/** Words after a phrase that carry on a clause it is the verb of ("… until", "… unos días más"). */
const CONTINUES_CLAUSE = new Set([
  'while',
  'until',
  'for',
  'longer',
  'during',
  'pending',
  'rather',
  'instead',
  'indefinitely',
  'and',
  'a',
  'another',
  'all',
  'over',
  'this',
  'through',
  'more',
  'mientras',
  'hasta',
  'durante',
  'por',
  'y',
  'sin',
  'unos',
  'unas',
  'un',
  'una',
  'mas',
  'este',
  'esta',
  'todo',
  'toda',
  'otro',
  'otra',
]);

/** "stay in Mexico City", "Quédate en México, D.F.": the phrase is part of a place name. */
const PLACE_AFTER = new Set(['city', 'df']);

export interface PhraseSurroundings {
  /** The folded word right before the phrase in its block, or null at the block's start or after punctuation. */
  before: string | null;
  /** The folded word right after it, or null at the block's end or before punctuation. */
  after: string | null;
  /**
   * Shaped like a name whatever surrounds it: Title Case mid-sentence ("shorten it to Remain in
   * Mexico") or all capitals (a kicker). A phrase at a sentence start or in lower case is not.
   */
  nameShaped: boolean;
}

/** The phrase is ordinary language (a verb phrase, a place), not the policy's name. */
export function isOrdinaryUse({ before, after, nameShaped }: PhraseSurroundings): boolean {
  if (after !== null && PLACE_AFTER.has(after)) return true;
  if (nameShaped) return false;
  if (before !== null && GOVERNS_VERB.has(before)) return true;
  return after !== null && CONTINUES_CLAUSE.has(after);
}
