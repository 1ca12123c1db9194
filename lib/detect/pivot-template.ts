/**
 * The pivot regex (pivot.ts) ships as a template, which the gate carries for the reader, and this
 * small module (no folding tables) turns it into regexes.
 */

/** Where the template lets the characters folding deletes sit between two letters. */
export const GAP_MARK = '~';
/**
 * Between the template's top-level alternatives (one per pivot). The reader runs each as a regex
 * of its own: V8 skips to the next pivot letter far faster for one leading class than for an
 * alternation of several (on a 1 MB page, 0.8 ms for the three instead of 1.6 ms for one).
 */
export const ALT_MARK = '#';
/** What folding deletes inside a word: soft hyphen, zero-width characters, combining marks. */
export const IGNORABLE = '\\u00AD\\u200B-\\u200D\\u2060\\uFEFF\\u0300-\\u036F';
// The class lists combining marks on purpose: each one alone is what folding deletes.
// eslint-disable-next-line no-misleading-character-class
const IGNORABLE_ALL = new RegExp(`[${IGNORABLE}]`, 'g');

/**
 * The regex source, for text as it stands: ignorables may sit between letters (the reader needs
 * the text's own offsets).
 */
export function pivotSource(template: string): string {
  return template.split(ALT_MARK).join('|').split(GAP_MARK).join(`[${IGNORABLE}]*`);
}

/** One global regex per pivot (their hits together are pivotSource's). */
export function pivotRegexes(template: string): RegExp[] {
  return template.split(ALT_MARK).map((alt) => new RegExp(pivotSource(alt), 'g'));
}

/** The text without what folding deletes inside words, so that the gate sees letters side by side. */
export function stripIgnorable(text: string): string {
  return text.replace(IGNORABLE_ALL, '');
}
