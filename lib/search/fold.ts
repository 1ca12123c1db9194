/**
 * Text folding shared by search, figure checks and copy detection. Pages and seeds differ in
 * case, accents (Quédate/Quedate), curly vs straight quotes, dash style and NO-BREAK/thin spaces;
 * none of those should change whether two texts match.
 */

const COMBINING_MARKS = /\p{M}+/gu;
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032\u00b4`]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
const ODD_SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;

/** Case, accents, quotes, dashes and spaces folded; punctuation kept, length not preserved. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-')
    .replace(ODD_SPACES, ' ')
    .toLowerCase();
}

/** foldText, then everything but letters and digits becomes one space: for phrase matching. */
export function foldWords(text: string): string {
  return foldText(text)
    .replace(/'/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
