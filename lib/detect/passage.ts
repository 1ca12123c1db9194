/**
 * What the matcher reads around a hit (matcher.ts): its block, the words before and after it,
 * quotes, capitals and policy words, in folded and original text.
 */
import { originalEnd, type Folded } from '../text/fold';
import { hasLetter, isWordChar, startsUpper, wordCharBefore, wordsOf, type Span } from './terms';
import { blockAround } from './blocks';
import {
  APPOSITION_WORDS,
  CALLED_AS,
  CALLING,
  DEGREE_AFTER,
  DEGREE_BEFORE,
  FOLLOWERS,
  KINDS_AFTER_TITLE,
  LEADERS,
  LINK_WORDS,
  OPENERS,
  OTHER_LEADERS,
  SAYING,
  SMALL_WORDS,
} from './passage-words';

/** A hit as Passage reads it: folded and original offsets. */
export interface PassageHit {
  fStart: number;
  fEnd: number;
  start: number;
  end: number;
}

/** Reads the surroundings of a hit, in folded and original text. */
export class Passage {
  constructor(
    private readonly text: string,
    private readonly f: Folded,
    private readonly breaks: readonly number[],
  ) {}

  blockOf(i: number): Span {
    return blockAround(this.breaks, i, this.f.folded.length);
  }

  /** Opened by a quote right before it: “Remain in Mexico”, ‘stay in Mexico’, «Quédate…». */
  quoted(c: PassageHit): boolean {
    const ch = this.f.folded[c.fStart - 1];
    if (ch === '"') return true;
    // An apostrophe opens a quote only when no letter precedes it (not "Mexico's").
    return ch === "'" && !wordCharBefore(this.f.folded, c.fStart - 1);
  }

  /** "the Remain in Mexico policy", "MPP program", "el programa Quédate en México". */
  namedAsPolicy(c: PassageHit): boolean {
    let i = c.fEnd;
    const s = this.f.folded;
    if (s.startsWith("'s", i) && !isWordChar(s[i + 2] ?? ' ')) i += 2;
    if (s[i] === '"' || s[i] === "'") i++;
    if (s[i] === ' ') i++;
    const next = this.wordAt(i);
    if (next && FOLLOWERS.has(next.folded)) return true;
    const prev = this.wordBefore(c.fStart, true);
    return prev !== null && LEADERS.has(prev.folded);
  }

  /**
   * Right after a word that makes it the name of something else ("the campaign Quédate en
   * México"), or a title in quotes with its author after it ("“Quédate en México” by Los Primos").
   */
  namedAsOther(c: PassageHit): boolean {
    const prev = this.wordBefore(c.fStart, true);
    if (prev !== null && OTHER_LEADERS.has(prev.folded)) return true;
    const s = this.f.folded;
    // A disambiguation: "véase Quédate en México (campaña turística)".
    const paren = c.fEnd + (s[c.fEnd] === ' ' ? 1 : 0);
    if (s[paren] === '(' && OTHER_LEADERS.has(this.wordAt(paren + 1)?.folded ?? '')) return true;
    if (!this.quoted(c) || (s[c.fEnd] !== '"' && s[c.fEnd] !== "'")) return false;
    if (this.titledAfter(c.fEnd + 1)) return true;
    const at = c.fEnd + (s[c.fEnd + 1] === ' ' ? 2 : 1);
    if (this.wordAt(at)?.folded !== 'by' || s[at + 2] !== ' ') return false;
    const author = this.wordAt(at + 3);
    return !!author && startsUpper(author.original);
  }

  /**
   * After a quotation's close (folded index `i`), words that say what it names: «…», el nuevo
   * sencillo de …; «…»: el corrido que …; “…” is a song about …
   */
  private titledAfter(i: number): boolean {
    let at = i;
    for (let k = 0; k < 4; k++) {
      while (at < this.f.folded.length && ' ,:'.includes(this.f.folded[at]!)) at++;
      const w = this.wordAt(at);
      if (!w) return false;
      if (KINDS_AFTER_TITLE.has(w.folded)) return true;
      if (!APPOSITION_WORDS.has(w.folded)) return false;
      at += w.folded.length;
    }
    return false;
  }

  /** Quoted after a word that gives a name: called “…”, known as “…”, conocido como «…». */
  calledBy(c: PassageHit): boolean {
    const prev = this.wordBefore(c.fStart, true);
    if (!prev) return false;
    if (CALLING.has(prev.folded)) return true;
    if (prev.folded !== 'as' && prev.folded !== 'como') return false;
    const before = this.wordBefore(prev.start, false);
    return before !== null && CALLED_AS.has(before.folded);
  }

  /**
   * Capitalised like a name mid-sentence ("the Remain in Mexico rules"). Not at a sentence
   * start, and not inside a Title Case headline ("Can Tourists Remain in Mexico Longer?").
   */
  titleCased(c: PassageHit): boolean {
    const exact = this.text.slice(c.start, c.end);
    const words = wordsOf(exact);
    // The small words are plain ASCII: lower case is their folding (folding each word cost
    // milliseconds on a page of hundreds of mentions).
    const significant = words.filter((w) => !SMALL_WORDS.has(w.toLowerCase()));
    if (significant.length === 0 || !significant.every((w) => startsUpper(w))) return false;
    const before = this.prevNonSpace(c.fStart);
    if (before === null || OPENERS.includes(before)) return false;
    const prev = this.wordBefore(c.fStart, false);
    const next = this.wordAt(c.fEnd + (this.f.folded[c.fEnd] === ' ' ? 1 : 0));
    if (prev && startsUpper(prev.original)) {
      // A word capitalised because it opens the sentence ("Did Remain in Mexico cut arrests?")
      // says nothing of Title Case; a lower-case word after the phrase then shows the sentence
      // is not written in it.
      const opens = this.prevNonSpace(prev.start);
      if (!(opens === null || OPENERS.includes(opens)) || !next || startsUpper(next.original)) return false;
    }
    if (next && startsUpper(next.original) && !FOLLOWERS.has(next.folded)) return false;
    return true;
  }

  /** Capitals, not "file.mpp" / ".MPP" / "MPP.exe", not glued to other symbols. */
  acronymShape(c: PassageHit, lowerCaseToo = false): boolean {
    const exact = this.text.slice(c.start, c.end);
    if (!hasLetter(exact)) return false;
    if (exact !== exact.toUpperCase()) {
      if (!lowerCaseToo || exact !== exact.toLowerCase()) return false;
      // In lower case after a number it is a unit ("0.156 ppm"), not the acronym.
      if (/\d/.test(this.prevNonSpace(c.fStart) ?? '')) return false;
    }
    const before = this.text[c.start - 1];
    if (before === '.' || before === '/' || before === '\\' || before === '_' || before === '@') return false;
    const after = this.text.slice(c.end, c.end + 2);
    // A charge right after it: an ion's formula ("MPP+, the neurotoxin"), not the acronym.
    if (after[0] === '+') return false;
    // A letter or digit right after a dot or underscore: a file name or an extension.
    if ((after[0] === '.' || after[0] === '_') && after[1] !== '_' && isWordChar(after[1] ?? ' '))
      return false;
    return true;
  }

  /**
   * Does the text spell the short form `short` (folded) out as something other than a name of
   * the topic: "Majlis Perwakilan Pelajar (MPP)", "MPP (maximum power point)"? The words whose
   * initials give its letters, link words aside, are the definition; `isTopic` says whether
   * they spell out the topic itself ("Migrant Protection Protocols (MPP)").
   */
  definesOtherwise(short: string, isTopic: (words: string[]) => boolean): boolean {
    const s = this.f.folded;
    for (let at = s.indexOf(short); at !== -1; at = s.indexOf(short, at + 1)) {
      const words = this.definitionAt(at, short.length);
      if (words && !isTopic(words)) return true;
    }
    return false;
  }

  /**
   * How far before this short form it is spelt out as something other than the topic: 0 where
   * it stands ("an MPP (Master of Public Policy)"), else within `reach` folded characters before
   * it in its block ("Comapa extended its Plan de Pagos Mensuales (PPM) … To join the PPM, …");
   * Infinity if not. Not further: a transcript in one <pre> block may define a guest's degree
   * pages after the speech. The matcher weighs a nearby one against the topic's cues.
   */
  otherDefinitionBefore(c: PassageHit, isTopic: (words: string[]) => boolean, reach: number): number {
    const s = this.f.folded;
    const short = s.slice(c.fStart, c.fEnd);
    const from = Math.max(this.blockOf(c.fStart).start, c.fStart - reach);
    let nearest = Infinity;
    for (let at = s.indexOf(short, from); at !== -1 && at <= c.fStart; at = s.indexOf(short, at + 1)) {
      const words = this.definitionAt(at, short.length);
      if (words && !isTopic(words)) nearest = c.fStart - at;
    }
    return nearest;
  }

  /** The words that spell out the short form at `at` (folded, `length` long) beside it, if any. */
  private definitionAt(at: number, length: number): string[] | null {
    const s = this.f.folded;
    const short = s.slice(at, at + length);
    const end = at + length;
    if (wordCharBefore(s, at) || isWordChar(s[end] ?? ' ')) return null;
    // "… (MPP)", "… (MPP," or "… (MPP — …": the definition comes before.
    if (s[at - 1] === '(' && ([')', ',', ';'].includes(s[end] ?? '') || this.dashAfter(end))) {
      const head = s
        .slice(Math.max(0, at - 120), at - 1)
        .split('\n')
        .pop()!;
      return spelling(
        head
          .trimEnd()
          .split(' ')
          .slice(-short.length * 3),
        short,
        true,
      );
    }
    let next = end;
    if (s.startsWith(' (', end) || s[end] === '(') {
      // "MPP (…)": the definition comes after.
      const open = s.indexOf('(', end) + 1;
      const close = s.indexOf(')', open);
      if (close !== -1 && close - open < 120) {
        const words = spelling(s.slice(open, close).split(' '), short, false);
        if (words) return words;
        next = close + 1;
      }
    }
    // A glossary's line: "PPM — Project Portfolio Management", "PPM (in contracts): Project …",
    // the short form opening its line ("Critics of MPP — Menendez, Padilla and …" is no entry).
    if ((this.dashAfter(next) || s[next] === ':') && this.prevNonSpace(at) === null) {
      const tail = s.slice(next + 1, next + 120).split('\n')[0]!;
      const words = spelling(
        tail
          .trim()
          .split(' ')
          .slice(0, short.length * 3),
        short,
        false,
      );
      if (!words) return null;
      // Written in capitals and ending there, as a list spells a short form out: "MPP: many people
      // protested" and a headline's "MPP: Mayorkas Pledges Prompt End" are none, nor is a list
      // of names ("MPP: Menendez, Padilla, Peters").
      const from = this.f.map[next + 1]!;
      const original = this.text
        .slice(from, from + 120)
        .split('\n')[0]!
        .trim()
        .split(/\s+/);
      const spelt = original.slice(0, words.length);
      const last = spelt[spelt.length - 1] ?? '';
      const ends = spelt.length === original.length || /[.,;:)]$/.test(last);
      const listed = spelt.slice(0, -1).some((w) => w.endsWith(','));
      return spelt.filter(startsUpper).length >= short.length && ends && !listed ? words : null;
    }
    return null;
  }

  /** The folded word right before the colon that comes before folded index i. */
  private wordBeforeColon(i: number): string {
    const s = this.f.folded;
    let end = s.lastIndexOf(':', i);
    while (end > 0 && s[end - 1] === ' ') end--;
    let start = end;
    while (start > 0 && isWordChar(s[start - 1]!)) start--;
    return s.slice(start, end);
  }

  /** Does a dash follow folded index i in the original text (folding reads dashes as spaces)? */
  private dashAfter(i: number): boolean {
    if (this.f.folded[i] !== ' ') return false;
    return /^\s*[\u2010-\u2015-]/.test(this.text.slice(this.f.map[i]!, this.f.map[i]! + 4));
  }

  /**
   * A short form in lower case written as a unit: after a measure ("0.156 ppm"; a year or a
   * count is none: "in jan 2019 mpp was a disaster"), or alone in brackets ("ozone (ppm)")
   * unless it abbreviates the phrase right before it (`abbreviates`).
   */
  unitShaped(c: PassageHit, abbreviates: boolean): boolean {
    const exact = this.text.slice(c.start, c.end);
    if (exact !== exact.toLowerCase()) return false;
    if (/\d[.,]\d+\s*$/.test(this.text.slice(Math.max(0, c.start - 12), c.start))) return true;
    return !abbreviates && this.text[c.start - 1] === '(' && this.text[c.end] === ')';
  }

  /** A degree among degrees, or with a class year: "Dana Ruiz, J.D., MPP", "MPP · MPA", "MPP ’26". */
  afterDegree(c: PassageHit): boolean {
    return (
      DEGREE_BEFORE.test(this.text.slice(Math.max(0, c.start - 24), c.start)) ||
      DEGREE_AFTER.test(this.text.slice(c.end, c.end + 12))
    );
  }

  /**
   * A phrase in lower case opening an exclamation ("¡quédate en México!"): a fan's chant, a
   * mother's plea. The matcher takes it as speech where nothing in its block speaks of the topic.
   */
  exclaimed(c: PassageHit): boolean {
    if (startsUpper(this.text.slice(c.start, c.end))) return false;
    return /¡[\s"'«“‘]*$/.test(this.text.slice(Math.max(0, c.start - 4), c.start));
  }

  /**
   * A phrase in lower case that opens speech going on past it is no name quoted: brought in by a
   * colon ("yo le digo: «quédate en México, mijo, aquí tienes trabajo»"), or a quotation going
   * on after a comma ("“quédate en México, quédate conmigo”"). A quotation going on otherwise
   * may be a name in a longer title or a search ("“protocolos de protección a migrantes
   * explicado”").
   */
  opensSpeech(c: PassageHit): boolean {
    if (startsUpper(this.text.slice(c.start, c.end))) return false;
    const s = this.f.folded;
    const closes = (i: number) => s[i] === '"' || s[i] === "'";
    if (closes(c.fEnd) || ('.,!?'.includes(s[c.fEnd] ?? 'x') && closes(c.fEnd + 1))) return false;
    // Brought in by a colon: before the quotation, or inside it after a verb of saying («Me
    // dice: quédate en México, …»); a colon alone may open a list ("Tags: remain in mexico, …").
    const quoted = this.quoted(c);
    if (quoted && this.prevNonSpace(c.fStart - 1) === ':') return true;
    if (!quoted && this.prevNonSpace(c.fStart) === ':') return SAYING.has(this.wordBeforeColon(c.fStart));
    // A quotation that goes on after a comma: a line of a song, words said to someone.
    return quoted && s[c.fEnd] === ',';
  }

  /** The words right before and after a phrase in its block, folded, and its shape, for isOrdinaryUse. */
  surroundings(c: PassageHit): { before: string | null; after: string | null; nameShaped: boolean } {
    const exact = this.text.slice(c.start, c.end);
    const allCaps = hasLetter(exact) && exact === exact.toUpperCase();
    return { ...this.neighbours(c), nameShaped: allCaps || this.titleCased(c) };
  }

  /** The folded words right before and after a hit in its block (null at its edge or punctuation). */
  neighbours(c: PassageHit): { before: string | null; after: string | null } {
    const after = this.wordAt(c.fEnd + (this.f.folded[c.fEnd] === ' ' ? 1 : 0));
    return { before: this.wordBefore(c.fStart, false)?.folded ?? null, after: after?.folded ?? null };
  }

  private prevNonSpace(i: number): string | null {
    const s = this.f.folded;
    let j = i - 1;
    while (j >= 0 && s[j] === ' ') j--;
    if (j < 0 || s[j] === '\n') return null;
    return s[j]!;
  }

  /** The word starting at folded index i (no skipping). */
  private wordAt(i: number): { folded: string; original: string } | null {
    const s = this.f.folded;
    let j = i;
    while (j < s.length && isWordChar(s[j]!)) j++;
    if (j === i) return null;
    return this.word(i, j);
  }

  /** The word before folded index i, separated from it by one space (and a quote if allowed). */
  private wordBefore(
    i: number,
    allowQuote: boolean,
  ): { folded: string; original: string; start: number } | null {
    const s = this.f.folded;
    let j = i;
    if (allowQuote && (s[j - 1] === '"' || s[j - 1] === "'")) j--;
    if (s[j - 1] !== ' ') return null;
    j--;
    let k = j;
    while (k > 0 && isWordChar(s[k - 1]!)) k--;
    if (k === j) return null;
    return { ...this.word(k, j), start: k };
  }

  private word(from: number, to: number): { folded: string; original: string } {
    return {
      folded: this.f.folded.slice(from, to),
      original: this.text.slice(this.f.map[from]!, originalEnd(this.f, to, this.text)),
    };
  }
}

/**
 * The words, from the end of `words` (`fromEnd`) or from its start, whose initials spell `short`,
 * link words between them allowed; null if they do not.
 */
function spelling(words: string[], short: string, fromEnd: boolean): string[] | null {
  const list = words.map((w) => w.replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '')).filter(Boolean);
  if (fromEnd) list.reverse();
  const letters = fromEnd ? [...short].reverse() : [...short];
  const out: string[] = [];
  let k = 0;
  for (const w of list) {
    if (k === letters.length) break;
    if (w[0] === letters[k]) {
      out.push(w);
      k++;
    } else if (LINK_WORDS.has(w) && out.length > 0) out.push(w);
    else return null;
  }
  // A link word is taken only before a word that gives a letter: `out` ends on one.
  if (k < letters.length) return null;
  return fromEnd ? out.reverse() : out;
}
