/**
 * The pivot regex (pivot.ts) ships as a template, a file the reader fetches when a text needs it
 * (reader-core.ts), and this small module (no folding tables) turns it into regexes.
 */

/**
 * The template: regex source with marks, and the classes its marks stand for, each written once.
 * `body` holds CLASS_MARK or LATIN1_MARK followed by a folded character (that character's class,
 * in full or its Latin-1 part) and SEP_MARK (what may sit between two words); `classes` maps each
 * mark as written to its class.
 */
import type { Latin1Pivot } from './gate-pattern';

export interface PivotTemplate {
  body: string;
  classes: Record<string, string>;
}

/** The pivot regexes for one text: the Latin-1 pivot where the text allows it, else the full ones. */
export type PivotChoice = (text: string) => readonly RegExp[];

/**
 * The Latin-1 pivot (gate-pattern.ts latin1Pivot) for text holding no character of its `beyond`
 * (most pages), the full pivots for the rest. The full pivots' classes reach past Latin-1 and
 * let ignorables sit between any two letters: on a 1,500-word page, building them took about
 * 6 ms and their first run about 4 ms, before the first highlight. Each kind is built on first
 * use: a page whose letters stay in Latin-1 never builds the full ones.
 *
 * `template` gives the full pivots' template once it is at hand, null until then (the reader
 * fetches it the first time it is asked: carried in the reader's script, it made that 2.4 KB
 * larger, and every page the gate opens for parses that script before its first highlight). Until then, text past
 * Latin-1 takes the Latin-1 pivot and a hit at every character of `beyond`: an alias the
 * Latin-1 pivot cannot see holds such a character, so its block is judged all the same; slower
 * on text full of them, never a miss (page-scan.test.ts). Without a Latin-1 pivot the template
 * must be at hand.
 */
export function choosePivots(template: () => PivotTemplate | null, latin1: Latin1Pivot | null): PivotChoice {
  const beyond = latin1 && new RegExp(latin1.beyond);
  let light: RegExp[] | undefined;
  let interim: RegExp[] | undefined;
  let full: RegExp[] | undefined;
  return (text) => {
    if (latin1 && !beyond!.test(text)) return (light ??= [new RegExp(latin1.source, 'g')]);
    if (full) return full;
    const source = template();
    if (source) return (full = pivotRegexes(source));
    if (!latin1) throw new Error('choosePivots: no Latin-1 pivot and no template');
    return (interim ??= [new RegExp(latin1.source, 'g'), new RegExp(latin1.beyond, 'g')]);
  };
}

/**
 * A value loaded on first request: null until `load` has resolved (then the value, for good); a
 * failed load (an extension updated mid-page) is tried again at the next request.
 */
export function loadedOnRequest<T>(load: () => Promise<T>): () => T | null {
  let value: T | null = null;
  let pending = false;
  return () => {
    if (value === null && !pending) {
      pending = true;
      load().then(
        (v) => {
          value = v;
        },
        () => {
          pending = false;
        },
      );
    }
    return value;
  };
}

/** The template as read from the extension's file (wxt.config.ts writes it); throws on any other shape. */
export function asPivotTemplate(value: unknown): PivotTemplate {
  const t = value as Partial<PivotTemplate> | null;
  if (
    !t ||
    typeof t.body !== 'string' ||
    !t.classes ||
    typeof t.classes !== 'object' ||
    !Object.values(t.classes).every((c) => typeof c === 'string')
  )
    throw new Error('pivot template: not a template');
  return { body: t.body, classes: t.classes };
}

/** Control characters: never in an alias's folded form, nor in the regex syntax around them. */
export const CLASS_MARK = '\u0001';
export const LATIN1_MARK = '\u0002';
export const SEP_MARK = '\u0003';
// eslint-disable-next-line no-control-regex -- the marks are control characters on purpose
const MARKS = /[\u0001\u0002][\s\S]|\u0003/g;

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
/** Built on first use: the gate's script imports this module, and most pages never need it. */
let ignorableAll: RegExp | undefined;

/**
 * The regex source, for text as it stands: ignorables may sit between letters (the reader needs
 * the text's own offsets).
 */
export function pivotSource(template: PivotTemplate): string {
  return expand(template.body.split(ALT_MARK).join('|'), template.classes);
}

/** One global regex per pivot (their hits together are pivotSource's). */
export function pivotRegexes(template: PivotTemplate): RegExp[] {
  return template.body.split(ALT_MARK).map((alt) => new RegExp(expand(alt, template.classes), 'g'));
}

function expand(body: string, classes: Record<string, string>): string {
  return body
    .split(GAP_MARK)
    .join(`[${IGNORABLE}]*`)
    .replace(MARKS, (mark) => {
      const cls = classes[mark];
      if (cls === undefined) throw new Error(`pivot template: no class for mark ${JSON.stringify(mark)}`);
      return cls;
    });
}

/** The text without what folding deletes inside words, so that the gate sees letters side by side. */
export function stripIgnorable(text: string): string {
  // The class lists combining marks on purpose: each one alone is what folding deletes.
  // eslint-disable-next-line no-misleading-character-class
  ignorableAll ??= new RegExp(`[${IGNORABLE}]`, 'g');
  return text.replace(ignorableAll, '');
}
