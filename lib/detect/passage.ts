/**
 * What the matcher reads around a hit (matcher.ts): its block, the words before and after it,
 * quotes, capitals and policy words, in folded and original text.
 */
import { originalEnd, type Folded } from '../text/fold';
import { hasLetter, isWordChar, startsUpper, wordCharBefore, wordsOf, type Span } from './terms';
import { blockAround } from './blocks';

/** A hit as Passage reads it: folded and original offsets. */
export interface PassageHit {
  fStart: number;
  fEnd: number;
  start: number;
  end: number;
}

/** Words after a phrase that make it the name of a policy. */
const FOLLOWERS = new Set([
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
const LEADERS = new Set(['programa', 'politica', 'plan', 'protocolo', 'protocolos', 'iniciativa']);
/** Words too small to be capitalised in a title ("Remain in Mexico", "Quédate en México"). */
const SMALL_WORDS = new Set(['in', 'en', 'de', 'a', 'of', 'the', 'la', 'el', 'del', 'to', 'y', 'and']);

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
    if (before === null || '.!?:;¿¡"\''.includes(before)) return false;
    const prev = this.wordBefore(c.fStart, false);
    if (prev && startsUpper(prev.original)) return false;
    const next = this.wordAt(c.fEnd + (this.f.folded[c.fEnd] === ' ' ? 1 : 0));
    if (next && startsUpper(next.original) && !FOLLOWERS.has(next.folded)) return false;
    return true;
  }

  /** Capitals, not "file.mpp" / ".MPP" / "MPP.exe", not glued to other symbols. */
  acronymShape(c: PassageHit, lowerCaseToo = false): boolean {
    const exact = this.text.slice(c.start, c.end);
    if (!hasLetter(exact)) return false;
    if (exact !== exact.toUpperCase() && !(lowerCaseToo && exact === exact.toLowerCase())) return false;
    const before = this.text[c.start - 1];
    if (before === '.' || before === '/' || before === '\\' || before === '_' || before === '@') return false;
    const after = this.text.slice(c.end, c.end + 2);
    // A letter or digit right after a dot or underscore: a file name or an extension.
    if ((after[0] === '.' || after[0] === '_') && after[1] !== '_' && isWordChar(after[1] ?? ' '))
      return false;
    return true;
  }

  /** The words right before and after a phrase in its block, folded, and its shape, for isOrdinaryUse. */
  surroundings(c: PassageHit): { before: string | null; after: string | null; nameShaped: boolean } {
    const exact = this.text.slice(c.start, c.end);
    const after = this.wordAt(c.fEnd + (this.f.folded[c.fEnd] === ' ' ? 1 : 0));
    const allCaps = hasLetter(exact) && exact === exact.toUpperCase();
    return {
      before: this.wordBefore(c.fStart, false)?.folded ?? null,
      after: after?.folded ?? null,
      nameShaped: allCaps || this.titleCased(c),
    };
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
  private wordBefore(i: number, allowQuote: boolean): { folded: string; original: string } | null {
    const s = this.f.folded;
    let j = i;
    if (allowQuote && (s[j - 1] === '"' || s[j - 1] === "'")) j--;
    if (s[j - 1] !== ' ') return null;
    j--;
    let k = j;
    while (k > 0 && isWordChar(s[k - 1]!)) k--;
    if (k === j) return null;
    return this.word(k, j);
  }

  private word(from: number, to: number): { folded: string; original: string } {
    return {
      folded: this.f.folded.slice(from, to),
      original: this.text.slice(this.f.map[from]!, originalEnd(this.f, to, this.text)),
    };
  }
}
