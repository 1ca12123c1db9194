/**
 * The pivot regex (pivot.ts) ships as a template, and this small module (no folding tables, so
 * the gate can carry it) turns it into either of its two forms.
 */

/** Where the template lets the characters folding deletes sit between two letters. */
export const GAP_MARK = '~';
/**
 * Between the template's top-level alternatives (one per pivot). The reader runs each as a regex
 * of its own: V8 skips to the next pivot letter far faster for one leading class than for an
 * alternation of several (on a 1 MB page, 0.8 ms for the three instead of 1.6 ms for one).
 */
export const ALT_MARK = '#';
/**
 * After the class of what separates two words of an alias. The reader lets the words meet with
 * nothing between them: its text nodes are joined as they stand, so "Remain in<br>Mexico" reads
 * "Remain inMexico" there. The gate asks for a separator: its regex, compiled on every page that
 * names Mexico, costs less so (measured about 0.4 ms of thread time on a 1,500-word page); a page
 * whose only mention is split by a <br> is the price.
 */
export const SEP_MARK = '%';
/** What folding deletes inside a word: soft hyphen, zero-width characters, combining marks. */
export const IGNORABLE = '\\u00AD\\u200B-\\u200D\\u2060\\uFEFF\\u0300-\\u036F';
// The class lists combining marks on purpose: each one alone is what folding deletes.
// eslint-disable-next-line no-misleading-character-class
const IGNORABLE_ALL = new RegExp(`[${IGNORABLE}]`, 'g');

/**
 * The regex source. The reader's, for text as it stands: ignorables may sit between letters (it
 * needs the text's own offsets). The gate's, for text that went through stripIgnorable first:
 * without gaps its regex is a third smaller and compiles in half the time.
 */
export function pivotSource(template: string, form: 'reader' | 'gate'): string {
  return template
    .split(ALT_MARK)
    .join('|')
    .split(GAP_MARK)
    .join(form === 'reader' ? `[${IGNORABLE}]*` : '')
    .split(SEP_MARK)
    .join(form === 'reader' ? '*' : '+');
}

/** The reader's form: one global regex per pivot (their hits together are pivotSource's). */
export function pivotRegexes(template: string): RegExp[] {
  return template.split(ALT_MARK).map((alt) => new RegExp(pivotSource(alt, 'reader'), 'g'));
}

/** The text without what folding deletes, so that the gapless pivot sees its letters side by side. */
export function stripIgnorable(text: string): string {
  return text.replace(IGNORABLE_ALL, '');
}
