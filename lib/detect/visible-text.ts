/**
 * The text a reader sees, as one string, plus the way back from an offset in it to a DOM
 * text node.
 *
 * Coordinate system: this "block-joined" text is the coordinate system of every
 * TextPositionSelector start/end the extension stores and of `Mention.start/end`. It is the
 * concatenation of the data of the rendered-candidate Text nodes under the root, in document
 * order, with one "\n" inserted between two text nodes whenever a block boundary (see
 * BLOCK_TAGS, and <br>) lies between them. Consequences:
 * - a match can span inline elements (<em>Remain</em> in <a>Mexico</a>) but never two
 *   paragraphs, because the matcher treats the inserted "\n" as a hard break (listed in
 *   `breaks`); a <br> gets a "\n" too, but not listed: it breaks a line, not a sentence
 *   ("Remain in<br>Mexico" in a headline is one mention); so do the edges of <sup> and <sub>
 *   (a footnote marker, "the MPP<sup>1</sup> appendix", ends the word before it);
 * - whitespace inside text nodes is kept verbatim (offsets map 1:1 into node data); only the
 *   whitespace-only nodes sitting at a block boundary (source indentation) are left out;
 * - subtrees that are never rendered text are left out: script, style, template, noscript,
 *   textarea, select, iframe…, [hidden], [contenteditable] (editors change under us), and
 *   elements hidden by an inline style (display:none / visibility:hidden);
 * - text hidden only by a stylesheet is kept: layout-dependent hiding would make offsets
 *   depend on viewport width. Callers drop such matches afterwards (scanRoot's isHidden).
 * The same DOM always gives the same text, in Chromium and in linkedom (no layout needed).
 */

/** Subtrees whose text is never shown as page text. */
export const SKIP_TAGS: ReadonlySet<string> = new Set([
  'head',
  'title',
  'script',
  'style',
  'template',
  'noscript',
  'textarea',
  'input',
  'select',
  'option',
  'optgroup',
  'datalist',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
]);

/** Elements that start and end a line box; text never flows across their edges. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'br',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  // Inline-block, but its label is never part of the surrounding sentence.
  'button',
]);

const HIDING_STYLE =
  /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse))\s*(?:!important\s*)?(?:;|$)/i;

/**
 * Elements excluded by an attribute are found by one selector query; the walk then compares
 * each element with the next one of them (both go in document order) instead of reading
 * attributes of every element, each read being a DOM binding call. Tag names are checked in
 * the walk: a long selector list costs more than reading localName.
 */
const ATTRIBUTE_SELECTOR = '[hidden],[contenteditable],[style]';
export interface VisibleText {
  /** The block-joined text (see the module comment for the coordinate system). */
  text: string;
  /** Text nodes in document order, each non-empty. */
  nodes: Text[];
  /** starts[i] is the offset of nodes[i]'s first character in `text`. */
  starts: number[];
  /** Offsets of the "\n" characters inserted between blocks (not at a <br>, not line breaks inside text). */
  breaks: number[];
}

const NONE = 0;
const SOFT = 1;
const HARD = 2;

/**
 * Inline elements whose text is set apart from its neighbours, like a <br>: a footnote marker
 * ("the MPP<sup>1</sup> appendix") is no part of the word before it, and an alias must still
 * end there.
 */
const SEPARATE_TAGS: ReadonlySet<string> = new Set(['sup', 'sub']);
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const NEWLINE_OR_SPACE_ONLY = /^[ \t\n\r\f]*$/;

/**
 * Whether `el` and its subtree are left out of the text (see the module comment); `tag` is its
 * localName, or '' where the tag was already checked.
 */
export function isExcluded(el: Element, tag: string): boolean {
  if (SKIP_TAGS.has(tag)) return true;
  const hidden = el.getAttribute('hidden');
  if (hidden !== null && hidden.toLowerCase() !== 'until-found') return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  const style = el.getAttribute('style');
  return style !== null && HIDING_STYLE.test(style);
}

function excludedByAttribute(root: Document | Element): Element[] {
  const out: Element[] = [];
  const found = root.querySelectorAll(ATTRIBUTE_SELECTOR);
  for (let i = 0; i < found.length; i++) {
    const el = found[i]!;
    if (isExcluded(el, '')) out.push(el);
  }
  return out;
}

/**
 * Walks `root` and builds its block-joined text. For a Document the walk starts at the
 * document element; an Element root is walked alone, and yields nothing if it or an ancestor
 * is excluded (e.g. nodes added inside a contenteditable editor).
 *
 * The walk follows firstChild/nextSibling/parentNode pointers rather than a TreeWalker: it
 * needs to know when an element is left (to close a block) and to skip excluded subtrees, and
 * linkedom's TreeWalker has neither filters nor sibling/parent navigation. Measured in
 * Chromium on a 1 MB page, this walk costs the same as a TreeWalker doing the same work.
 */
export function visibleText(root: Document | Element, opts: { maxChars?: number } = {}): VisibleText {
  const maxChars = opts.maxChars ?? Infinity;
  const start: Element | null =
    root.nodeType === ELEMENT_NODE ? (root as Element) : (root as Document).documentElement;
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  const breaks: number[] = [];
  if (!start || isExcluded(start, start.localName)) return { text: '', nodes, starts, breaks };
  // A subtree scanned alone (a MutationObserver batch) may sit inside an editor or a hidden
  // container; its ancestors decide too.
  for (let a = start.parentElement; a; a = a.parentElement) {
    if (isExcluded(a, a.localName)) return { text: '', nodes, starts, breaks };
  }
  const excluded = excludedByAttribute(root);
  let k = 0;

  let pos = 0;
  // A break is owed when a block boundary (HARD) or only a <br> (SOFT) was crossed; it is written
  // lazily before the next kept text, so the text never starts or ends with one and never holds
  // two in a row.
  let owed = NONE;
  let node: Node | null = start;
  while (node) {
    const type = node.nodeType;
    if (type === TEXT_NODE) {
      const data = (node as Text).data;
      const atBoundary = owed !== NONE || pos === 0;
      if (data.length > 0 && !(atBoundary && NEWLINE_OR_SPACE_ONLY.test(data))) {
        if (owed !== NONE && pos > 0) {
          parts.push('\n');
          if (owed === HARD) breaks.push(pos);
          pos++;
        }
        owed = NONE;
        nodes.push(node as Text);
        starts.push(pos);
        parts.push(data);
        pos += data.length;
        // Enough for the caller (the top of a page for its dateline, a capped text to send).
        if (pos >= maxChars) break;
      }
    } else if (type === ELEMENT_NODE) {
      const tag = (node as Element).localName;
      let skip = SKIP_TAGS.has(tag);
      if (node === excluded[k]) {
        skip = true;
        k++;
      }
      if (skip) {
        // Excluded elements inside this subtree will never be visited: step over them.
        while (k < excluded.length && node.contains(excluded[k]!)) k++;
      } else {
        if (tag === 'br' || SEPARATE_TAGS.has(tag)) owed = Math.max(owed, SOFT);
        else if (BLOCK_TAGS.has(tag)) owed = HARD;
        const child: Node | null = node.firstChild;
        if (child) {
          node = child;
          continue;
        }
      }
    }
    // Leave the current node: climb until a next sibling exists, closing blocks on the way.
    while (node) {
      if (node === start) {
        node = null;
        break;
      }
      const next: Node | null = node.nextSibling;
      if (next) {
        node = next;
        break;
      }
      node = node.parentNode;
      if (node && node.nodeType === ELEMENT_NODE) {
        const tag = (node as Element).localName;
        if (BLOCK_TAGS.has(tag)) owed = HARD;
        else if (SEPARATE_TAGS.has(tag)) owed = Math.max(owed, SOFT);
      }
    }
  }
  return { text: parts.join(''), nodes, starts, breaks };
}

/** The nearest ancestor that starts a block (or `limit`): no sentence or alias crosses a block edge. */
export function blockOf(node: Node, limit: Element): Element {
  let el = node.parentElement;
  while (el && el !== limit && !BLOCK_TAGS.has(el.localName)) el = el.parentElement;
  return el ?? limit;
}

/** Index of the last node whose start is <= offset (0 when offset precedes every node). */
function nodeIndexAt(vt: VisibleText, offset: number): number {
  let lo = 0;
  let hi = vt.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (vt.starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export interface DomPoint {
  node: Text;
  offset: number;
}

/**
 * Maps an offset of the joined text to a DOM point. `edge` says which side of a boundary to
 * prefer: a range start sits at the beginning of the following node, a range end at the end
 * of the preceding one, so a highlight never includes a neighbouring node or an inserted break.
 */
export function domPoint(vt: VisibleText, offset: number, edge: 'start' | 'end'): DomPoint | null {
  const n = vt.nodes.length;
  if (n === 0 || offset < 0 || offset > vt.text.length) return null;
  let i = nodeIndexAt(vt, offset);
  let node = vt.nodes[i]!;
  let local = offset - vt.starts[i]!;
  if (edge === 'start') {
    if (local < 0) return { node, offset: 0 };
    if (local >= node.data.length && i + 1 < n) {
      i++;
      return { node: vt.nodes[i]!, offset: 0 };
    }
    return { node, offset: Math.min(local, node.data.length) };
  }
  if (local <= 0 && i > 0) {
    i--;
    node = vt.nodes[i]!;
    return { node, offset: node.data.length };
  }
  local = Math.max(0, local);
  return { node, offset: Math.min(local, node.data.length) };
}
