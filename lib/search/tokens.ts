import { foldText } from './fold';

export interface Token {
  /** Folded form: lower case, no accents, apostrophes dropped ("Mexico’s" → "mexicos"). */
  text: string;
  start: number;
  end: number;
}

// Apostrophes inside words stay part of the word so "Mexico’s" is one token, not "mexico" + "s".
const ASCII_WORD = /^[A-Za-z0-9]+$/;
const WORD = /[\p{L}\p{N}]+(?:['\u2019][\p{L}\p{N}]+)*/gu;

/** Words of `text` with their offsets into the original string. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const raw = match[0];
    // Most words are plain ASCII; skipping Unicode normalisation for them keeps page scans cheap.
    const text = ASCII_WORD.test(raw) ? raw.toLowerCase() : foldText(raw).replace(/'/g, '');
    tokens.push({ text, start, end: start + raw.length });
  }
  return tokens;
}

export const STOPWORDS = new Set(
  (
    'a an the and or but of to in on at by for from with as is are was were be been being has have had ' +
    'it its this that these those there their they them he she his her we our you your i not no so than then ' +
    'which who whom what when where while will would could should can may might must do does did also into ' +
    'about after before over under up out if just more most such said says say told new one two ' +
    'el la los las un una unos unas y o de del al en con por para que se su sus es son fue fueron ha han ' +
    'lo le les como mas pero sin sobre entre este esta estos estas ese esa dijo segun ya muy tambien'
  ).split(' '),
);

/**
 * A deliberately light stemmer for English and Spanish plurals and past forms, so "returned",
 * "returning" and "returns" meet without pulling in a full stemmer.
 */
export function stem(word: string): string {
  if (word.length <= 3 || /^\d/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return word.slice(0, -3) + 'y';
  if (word.endsWith('ing') && word.length > 5) return word.slice(0, -3);
  if (word.endsWith('ed') && word.length > 5) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** Content words of a text, folded and stemmed: the vocabulary of the ranking functions. */
export function contentTerms(text: string): string[] {
  return tokenize(text)
    .map((t) => t.text)
    .filter((w) => !STOPWORDS.has(w))
    .map(stem);
}
