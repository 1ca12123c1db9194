/**
 * Whether an ordinary-phrase alias ("remain in Mexico", "permanecer en México") is used as a verb
 * phrase, describing what people do, rather than naming the policy: "asylum seekers must remain
 * in Mexico while they wait", "deberán permanecer en México". The word before it governs a verb
 * (a modal, "to", a subject pronoun), or, for a phrase written in lower case, the word after it
 * continues a clause ("… remain in Mexico until / while / for months").
 * A name keeps its shape ("so remain in mexico is finally dead?", "REMAIN IN MEXICO"), unless
 * a headline makes it the verb of a subject ("Hundreds Remain in Mexico as …").
 * Words are compared folded (lower case, no accents). Short forms have a test of their own
 * (namesPersonOrTitle): "an MPP up there", "MPP Candidate".
 */

/**
 * Subjects of a verb: a Title Case headline's "Hundreds Remain in Mexico as …" uses the phrase as
 * their verb. A headline's name after one goes on into a noun ("Some Remain in Mexico Cases …").
 */
const SUBJECTS = new Set([
  'i',
  'you',
  'he',
  'she',
  'we',
  'they',
  'who',
  'people',
  'migrants',
  'seekers',
  'families',
  'many',
  'most',
  'few',
  'others',
  'some',
  'dozens',
  'hundreds',
  'thousands',
  'millions',
  'migrantes',
  'familias',
  'muchos',
  'muchas',
  'miles',
  'cientos',
]);

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
  'rather',
  'actually',
  'simply',
  'just',
  'only',
  'really',
  'often',
  'usually',
  'already',
  // subjects of a finite verb
  ...SUBJECTS,
  'them',
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
  'por',
  'pueden',
  'puede',
  'podran',
  'podrian',
  'quieren',
  'quiere',
  'prefieren',
  'decidieron',
  'eligen',
  'eligieron',
  'prefirieron',
  'deciden',
  'decidio',
  'permite',
  'permiten',
  'permitio',
  'permitieron',
  'necesitan',
  'necesita',
  'esperan',
  'intentan',
  'buscan',
  'lograron',
  'optan',
  'optaron',
  'suelen',
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
]);

/** Words after a phrase that carry on a clause it is the verb of ("… until", "… unos días más"). */
const CONTINUES_CLAUSE = new Set([
  'while',
  'until',
  'near',
  'awaiting',
  'waiting',
  'in',
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

/** Words after a verb phrase in a headline ("… Remain in Mexico as Backlog Grows"), besides CONTINUES_CLAUSE. */
const AFTER_VERB = new Set([
  'as',
  'after',
  'amid',
  'despite',
  'because',
  'since',
  'under',
  'with',
  'tras',
  'pese',
  'ante',
  'bajo',
  'con',
]);

/** The phrase is ordinary language (a verb phrase, a place), not the policy's name. */
export function isOrdinaryUse({ before, after, nameShaped }: PhraseSurroundings): boolean {
  if (after !== null && PLACE_AFTER.has(after)) return true;
  if (nameShaped)
    return (
      before !== null &&
      SUBJECTS.has(before) &&
      (after === null || CONTINUES_CLAUSE.has(after) || AFTER_VERB.has(after))
    );
  if (before !== null && GOVERNS_VERB.has(before)) return true;
  return after !== null && CONTINUES_CLAUSE.has(after);
}

/** Before a short form, a word that makes it a person or a title: "an MPP", "my MPP". */
const DETERMINERS = new Set(['a', 'an', 'my', 'your', 'our', 'his', 'her', 'their', 'every', 'each']);

/**
 * After a short form so determined, words that show it is the noun itself ("whats an MPP up
 * there", "email my MPP and …"), where the policy's short form would go on into a noun ("an MPP
 * hearing", "my MPP court date").
 */
const HEAD_AFTER = new Set([
  'is',
  'was',
  'are',
  'were',
  'has',
  'had',
  'have',
  'who',
  'that',
  'and',
  'or',
  'but',
  'so',
  'up',
  'said',
  'says',
  'will',
  'would',
  'can',
  'could',
  'should',
  'did',
  'does',
  // The folded words before an apostrophe: "my MPP hasn't answered".
  'hasn',
  'isn',
  'wasn',
  'doesn',
  'didn',
  'won',
  'to',
  'for',
  'from',
  'in',
  'on',
  'at',
  'of',
  'about',
]);

/**
 * A degree or a seat: "MPP candidate", "MPP students", "MPP degree" (Master of Public Policy),
 * "MPP constituency offices" (a member of a provincial parliament).
 */
const TITLE_AFTER = new Set([
  'candidate',
  'candidates',
  'constituency',
  'degree',
  'degrees',
  'graduate',
  'graduates',
  'student',
  'students',
]);

/**
 * The short form names a person or a title, not the policy: "an MPP up there", "email my MPP
 * and …", "MPP Candidate, 2023". Words are folded, as for isOrdinaryUse.
 */
export function namesPersonOrTitle({ before, after }: Pick<PhraseSurroundings, 'before' | 'after'>): boolean {
  if (after !== null && TITLE_AFTER.has(after)) return true;
  return before !== null && DETERMINERS.has(before) && (after === null || HEAD_AFTER.has(after));
}
