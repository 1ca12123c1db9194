/**
 * The gate's early paint: on a page whose text names the policy, the content script paints the
 * names the matcher accepts wherever they stand (GateSpec.earlyNames: "Migrant Protection Protocols",
 * never an ordinary phrase or a short form) while the reader is still loading, so that the first
 * highlight waits for the stored settings alone, not for the reader's script to arrive and parse
 * (measured from outside on a 1,500-word page with five mentions, medians of 10 loads against the
 * build before it: 92.5 instead of 123.1 ms after DOMContentLoaded).
 *
 * It paints only what the reader's scan will paint too (early-paint.test.ts checks every fixture):
 * a name inside one text node, with no word character on either side in that node or in the text
 * node beside it, outside what the reader leaves out (visible-text.ts isExcluded). Where that is
 * unsure it paints nothing; the reader paints it a moment later. The reader's first paint replaces
 * the early one in the registry, and the reader drops it (EarlyPaint.drop) wherever it paints
 * nothing: its first scan done, or it stopped.
 */
import { isExcluded } from '../detect/visible-text';
import { highlightApi } from './highlighter';
import { MENTION_HIGHLIGHT, defaultSettings, isActiveOn, normalizeSettings } from './settings';

/**
 * Characters of text read at most: the top of the page, where a reader looks first. Small enough
 * that the reader's first batch of blocks (page-scan.ts MATCH_CHARS, 12,000 characters of its
 * text, where a break between blocks may add one for each node) holds every name painted early,
 * so that its first paint, which takes the early one's place, drops none of them for a frame; and
 * that the reader's cap on mentions (page-mentions.ts MAX_MENTIONS, 2,000) cannot fall before one:
 * the text before a name holds at most (budget - the name) / (the shortest alias) mentions, one
 * per list item at worst. early-paint.test.ts checks both; 6,000 is the most both allow (1,991
 * mentions), and it covers the top of a page (the shared measure's 1,500-word page names the
 * policy 4,745 characters in).
 */
export const EARLY_TEXT_BUDGET = 6_000;
/** Names painted at most: enough for the first screen. */
export const EARLY_MAX = 16;

const SHOW_TEXT = 4;
/** Between a name's words: what folding makes a space of, in Latin-1 (a run of them folds to one). */
const SPACES = '[ \\t\\n\\r\\f\\u00a0]+';
/**
 * What may touch a name the early paint takes: nothing (the edge of the body's text), a space, or
 * punctuation. Anything else (a letter, digit, mark or underscore, a character folding deletes, a
 * symbol of another script) leaves the name to the reader: in the matcher's folded text a word
 * character there would join it to a word. A list of what is safe rather than of what is not,
 * written in plain ranges: Unicode property classes (\p{L}) cost about 1 ms to build, on the
 * page's thread (Node 20: 0.8 to 1.1 ms against 0.04), and as a literal on every page (measured
 * from outside on the 1,500-word page without an alias, medians of 10 loads: 5.53 ms of thread
 * time with one, 4.27 without, 4.05 before the early paint). early-paint.test.ts checks each
 * character against the matcher.
 */
export const BESIDE =
  /^[\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000!-/:-@[-^`{-~\u00a1-\u00a9\u00ab\u00ac\u00ae-\u00b1\u00b4\u00b6-\u00b8\u00bb\u00bf\u2010-\u2027\u2030-\u203e\u2041-\u2053\u2055-\u205e]?$/;

/** Ranges of the sure names in the first `budget` characters of the body's text, in document order. */
export function findEarlyNames(doc: Document, source: string, budget = EARLY_TEXT_BUDGET): Range[] {
  const body = doc.body;
  if (!body) return [];
  // Without the `u` flag, `i` folds no character past ASCII to one inside it (the long s, the
  // Kelvin sign), as the matcher's folding does not either.
  const re = new RegExp(source.replace(/ /g, SPACES), 'gi');
  const walker = doc.createTreeWalker(body, SHOW_TEXT);
  const out: Range[] = [];
  let read = 0;
  for (
    let node = walker.nextNode() as Text | null;
    node && read < budget;
    node = walker.nextNode() as Text | null
  ) {
    const data = node.data;
    // A huge text node (a hostile page's) is searched only as far as the budget goes.
    const text = data.length > budget - read ? data.slice(0, budget - read) : data;
    read += text.length;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const end = m.index + m[0].length;
      // All in lower case, a name is an ordinary phrase to the matcher (matcher-core.ts).
      if (m[0] === m[0].toLowerCase()) continue;
      const before = m.index > 0 ? charBefore(data, m.index) : adjacentChar(doc, body, node, 'previousNode');
      const after = end < data.length ? charAt(data, end) : adjacentChar(doc, body, node, 'nextNode');
      if (!BESIDE.test(before) || !BESIDE.test(after)) continue;
      if (excluded(node)) break;
      const range = doc.createRange();
      range.setStart(node, m.index);
      range.setEnd(node, end);
      out.push(range);
      if (out.length >= EARLY_MAX) return out;
    }
  }
  return out;
}

/** The character (code point) at `i`, and the one ending just before `i`. */
const charAt = (text: string, i: number) => String.fromCodePoint(text.codePointAt(i)!);
const charBefore = (text: string, i: number) => [...text.slice(Math.max(0, i - 2), i)].pop()!;

/** Text nodes an edge's check walks past at most (empty, or left out by the reader) before it gives up. */
const ADJACENT_STEPS = 8;

/**
 * The character the reader reads beside `node`, that way: the nearest of the nearest non-empty
 * text node it keeps, or '' at the edge of the body. Across a block boundary the reader would
 * see a break; refusing a letter there too only leaves the name to the reader. Past
 * ADJACENT_STEPS nodes it answers a letter, which refuses the name: a hostile page's thousands of
 * empty nodes are not walked for one highlight.
 */
function adjacentChar(doc: Document, root: Node, node: Text, way: 'previousNode' | 'nextNode'): string {
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  walker.currentNode = node;
  let steps = 0;
  for (let n = walker[way]() as Text | null; n; n = walker[way]() as Text | null) {
    if (++steps > ADJACENT_STEPS) return 'x';
    const data = n.data;
    if (data && !excluded(n)) return way === 'nextNode' ? charAt(data, 0) : charBefore(data, data.length);
  }
  return '';
}

/** Whether the reader leaves this text out: an ancestor is a script, an editor, hidden. */
function excluded(node: Text): boolean {
  for (let el = node.parentElement; el; el = el.parentElement) if (isExcluded(el, el.localName)) return true;
  return false;
}

export interface EarlyPaint {
  /** Takes the early paint out, unless the reader's own highlight has replaced it. */
  drop(): void;
}

/**
 * Paints `ranges` under the reader's mention highlight (styled by the sheet the manifest injects),
 * or nothing where the page's document has no Highlight API.
 */
export function paintEarly(doc: Document, ranges: readonly Range[]): EarlyPaint | null {
  const api = highlightApi(doc);
  if (!ranges.length || !api || api.registry.get(MENTION_HIGHLIGHT)) return null;
  const { registry } = api;
  const highlight = new api.Highlight(...ranges);
  registry.set(MENTION_HIGHLIGHT, highlight);
  return {
    drop() {
      if (registry.get(MENTION_HIGHLIGHT) === highlight) registry.delete(MENTION_HIGHLIGHT);
    },
  };
}

/**
 * The early paint for the stored settings: only where they let the reader paint this host, and
 * in the default colour, the one the manifest's sheet styles (another colour is the reader's to
 * paint, with a sheet of its own).
 */
export function startEarlyPaint(
  doc: Document,
  source: string | null,
  stored: unknown,
  host: string,
): EarlyPaint | null {
  const settings = normalizeSettings(stored);
  if (!source || !isActiveOn(settings, host) || settings.color.toLowerCase() !== defaultSettings.color)
    return null;
  // Whatever a hostile page makes the DOM throw (a clobbered createTreeWalker), the early paint
  // only goes without: the gate hands the same settings on to the reader.
  try {
    return paintEarly(doc, findEarlyNames(doc, source));
  } catch {
    return null;
  }
}
