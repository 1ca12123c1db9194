/**
 * The words Passage reads a hit's surroundings by (passage.ts): what names a phrase as the
 * policy or as something else, what brings speech in, what an acronym's letters skip.
 * Words are folded (lower case, no accents).
 */
/** Words after a phrase that make it the name of a policy. */
export const FOLLOWERS = new Set([
  'policy',
  'policies',
  'program',
  'programs',
  'programme',
  'programmes',
  'plan',
  'protocol',
  'protocols',
  'rule',
  'initiative',
  'scheme',
  'programa',
]);
/** Words before a phrase that name it as a policy (Spanish puts the noun first). */
export const LEADERS = new Set(['programa', 'politica', 'plan', 'protocolo', 'protocolos', 'iniciativa']);
/** What opens a sentence or a quotation: a word right after it is capitalised for that reason. */
export const OPENERS = '.!?:;¿¡"\'';
/**
 * Words before a phrase that name it as something other than a policy: a campaign, a slogan, a
 * work's title ("the single “Quédate en México”", "la telenovela «Quédate en México»").
 */
export const OTHER_LEADERS = new Set([
  'campaign',
  'campana',
  'slogan',
  'eslogan',
  'lema',
  'tagline',
  'song',
  'single',
  'cancion',
  'sencillo',
  'corrido',
  'cumbia',
  'balada',
  'album',
  'disco',
  'film',
  'movie',
  'pelicula',
  'novel',
  'novela',
  'telenovela',
]);
/** Verbs of saying before a colon: what follows is speech ("Me dice: quédate en México, mija"). */
export const SAYING = new Set([
  'dice',
  'digo',
  'dijo',
  'decia',
  'dicen',
  'dijeron',
  'grito',
  'pide',
  'pidio',
  'says',
  'said',
  'tells',
  'told',
  'asks',
  'asked',
  'yelled',
  'shouted',
  'writes',
  'wrote',
]);
/** A degree and a comma right before a short form: it is one more degree ("J.D., MPP"). */
export const DEGREE_BEFORE =
  /(?:^|[\s,(])(?:J\.?D|Ph\.?D|M\.?A|M\.?S|M\.?B\.?A|M\.?P\.?H|M\.?S\.?W|LL\.?M|B\.?A|B\.?S|M\.?D|Esq)\.?,\s*$/;
/**
 * A degree after a short form: the next in a list ("MPP · MPA · PhD"), or a class year ("Priya
 * Raman, MPP ’26").
 */
export const DEGREE_AFTER =
  /^(?:\s*[·,|/]\s*(?:J\.?D|Ph\.?D|M\.?P\.?A|M\.?A|M\.?S|M\.?B\.?A|M\.?P\.?H|LL\.?M)\.?(?=[\s,;)]|$)|\s*['’‘]\d\d\b)/;
/**
 * After a quoted title, the words that say what it names (the leaders but "single": "“Remain in
 * Mexico” is the single most contested policy").
 */
export const KINDS_AFTER_TITLE: ReadonlySet<string> = new Set(
  [...OTHER_LEADERS].filter((w) => w !== 'single'),
);
/** Between a quoted title and the word that says what it is: «…», el nuevo sencillo; “…” is a song. */
export const APPOSITION_WORDS = new Set([
  'el',
  'la',
  'un',
  'una',
  'es',
  'era',
  'the',
  'a',
  'an',
  'is',
  'was',
  'nuevo',
  'nueva',
  'new',
  'primer',
  'first',
  'latest',
  'ultimo',
]);
/** Words that give a name to what follows in quotes ("called “Remain in Mexico”"). */
export const CALLING = new Set([
  'called',
  'dubbed',
  'nicknamed',
  'named',
  'labeled',
  'labelled',
  'llamado',
  'llamada',
  'denominado',
  'denominada',
  'bautizado',
  'bautizada',
  'apodado',
  'apodada',
]);
/** Words that give a name with "as" or "como" ("known as “…”", "conocido como «…»"). */
export const CALLED_AS = new Set(['known', 'referred', 'conocido', 'conocida', 'conocidos', 'conocidas']);
/** Words an acronym's letters skip ("Member of Provincial Parliament", "Protocolos de Protección a Migrantes"). */
export const LINK_WORDS = new Set([
  'of',
  'the',
  'and',
  'for',
  'on',
  'to',
  'in',
  'de',
  'del',
  'la',
  'el',
  'los',
  'las',
  'a',
  'al',
  'y',
  'en',
  'para',
  'por',
]);
/** Words too small to be capitalised in a title ("Remain in Mexico", "Quédate en México"). */
export const SMALL_WORDS = new Set(['in', 'en', 'de', 'a', 'of', 'the', 'la', 'el', 'del', 'to', 'y', 'and']);
