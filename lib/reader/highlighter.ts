/**
 * Paints ranges without touching the page's DOM: the CSS Custom Highlight API keeps ranges in a
 * per-document registry, and the ::highlight() rules go in through adoptedStyleSheets (a
 * constructed sheet is not a DOM node, so a MutationObserver on the page sees nothing) on the
 * first paint. Where the API is missing, <mark> elements stand in, and clear() takes them out
 * again without a trace.
 */

export interface HighlightStyle {
  /** Highlight name -> CSS declarations for ::highlight(name). */
  [name: string]: string;
}

interface HighlightLike {
  add(range: AbstractRange): void;
  delete(range: AbstractRange): boolean;
  clear(): void;
  readonly size: number;
}
interface HighlightRegistry {
  get(name: string): HighlightLike | undefined;
  set(name: string, h: HighlightLike): void;
  delete(name: string): boolean;
}

type HighlightCtor = new (...ranges: AbstractRange[]) => HighlightLike;

/** The page document's highlight registry and Highlight constructor, or null without the API. */
export function highlightApi(
  doc: Document,
): { registry: HighlightRegistry; Highlight: HighlightCtor } | null {
  const win = doc.defaultView as
    (Window & { CSS?: { highlights?: HighlightRegistry }; Highlight?: HighlightCtor }) | null;
  const registry = win?.CSS?.highlights;
  const Highlight = win?.Highlight;
  return registry && Highlight ? { registry, Highlight } : null;
}

export interface Highlighter {
  readonly native: boolean;
  add(name: string, ranges: Range[]): void;
  set(name: string, ranges: Range[]): void;
  clear(name?: string): void;
  setStyle(style: HighlightStyle): void;
  /**
   * Adopts the stylesheet now rather than on first paint: a caller about to paint (a page whose
   * text holds an alias) lets the browser restyle the page in one frame and paint the highlights
   * in a later one, instead of both in one long frame.
   */
  prepare(): void;
  destroy(): void;
}

export interface HighlighterOptions {
  /**
   * Write the rules as `:root::highlight(name)`: descendants inherit highlight styles from the
   * root's (CSS Pseudo 4 highlight inheritance, as Chromium implements it), and a rule on :root
   * alone makes adopting the sheet restyle less of the page (measured on a 1 MB page in
   * Chromium: 23 ms instead of 30–38 ms). Off where highlight inheritance is not known to work.
   */
  rootScoped?: boolean;
  /**
   * Runs each change the <mark> fallback makes to the page's DOM, so that the page watcher can
   * leave it out (DomWatch.quiet). The Highlight API changes no DOM and never calls it.
   */
  domWrite?: <T>(change: () => T) => T;
  /**
   * Rules the page already has for `style`: highlightSheet(style, ':root') injected by the browser
   * from the manifest before the page's first style pass. While the style is that one, no sheet is
   * adopted, so painting never restyles the whole page (measured on a 1 MB page in Chromium: a
   * task of 30–50 ms at the first paint otherwise). Another style (a colour the user chose) goes
   * in an adopted sheet whose selectors outweigh these.
   */
  preinstalled?: HighlightStyle;
}

/** The ::highlight() rules of a style, each under `scope` (':root', or '' for every element). */
export function highlightSheet(style: HighlightStyle, scope: string): string {
  return cssFor(style, (n) => `${scope}::highlight(${n})`);
}

function sameStyle(a: HighlightStyle, b: HighlightStyle | undefined): boolean {
  if (!b) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

export function createHighlighter(
  doc: Document,
  style: HighlightStyle,
  opts: HighlighterOptions = {},
): Highlighter {
  const api = highlightApi(doc);
  return api
    ? nativeHighlighter(doc, api, style, opts.rootScoped ? ':root' : '', opts.preinstalled)
    : markHighlighter(doc, style, opts.domWrite ?? ((change) => change()));
}

function cssFor(style: HighlightStyle, selector: (name: string) => string): string {
  return Object.entries(style)
    .map(([name, decl]) => `${selector(name)} { ${decl} }`)
    .join('\n');
}

/**
 * The ::highlight() (or mark) rules, adopted on first paint rather than at creation: adopting a
 * stylesheet invalidates the style of the whole document, which costs tens of milliseconds on a
 * large page at its next style read, and a page without mentions should not pay that at all.
 */
function lazySheet(doc: Document, css: string) {
  let sheet: CSSStyleSheet | null = null;
  let text = css;
  return {
    ensure() {
      if (sheet) return;
      const win = doc.defaultView as (Window & typeof globalThis) | null;
      if (!win || !('adoptedStyleSheets' in doc)) return;
      sheet = new win.CSSStyleSheet();
      sheet.replaceSync(text);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    },
    replace(next: string) {
      text = next;
      sheet?.replaceSync(next);
    },
    remove() {
      const s = sheet;
      if (s) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((x) => x !== s);
      sheet = null;
    },
  };
}

function nativeHighlighter(
  doc: Document,
  api: { registry: HighlightRegistry; Highlight: HighlightCtor },
  style: HighlightStyle,
  scope: string,
  preinstalled: HighlightStyle | undefined,
): Highlighter {
  const highlights = new Map<string, HighlightLike>();
  // Over preinstalled rules, the adopted ones need more weight: ':root:root' outweighs ':root'.
  const adoptedScope = preinstalled ? `${scope || ':root'}:root` : scope;
  const sheet = lazySheet(doc, highlightSheet(style, adoptedScope));
  let needed = !sameStyle(style, preinstalled);
  const ensure = () => {
    if (needed) sheet.ensure();
  };
  const get = (name: string) => {
    let h = highlights.get(name);
    if (!h) {
      h = new api.Highlight();
      highlights.set(name, h);
      api.registry.set(name, h);
    }
    return h;
  };
  return {
    native: true,
    add(name, ranges) {
      if (ranges.length) ensure();
      const h = get(name);
      for (const r of ranges) h.add(r);
    },
    set(name, ranges) {
      if (ranges.length) ensure();
      const h = get(name);
      h.clear();
      for (const r of ranges) h.add(r);
    },
    clear(name) {
      for (const [n, h] of highlights) if (!name || n === name) h.clear();
    },
    prepare() {
      ensure();
    },
    setStyle(next) {
      sheet.replace(highlightSheet(next, adoptedScope));
      needed = !sameStyle(next, preinstalled);
      if (!needed) sheet.remove();
      else if (highlights.size) sheet.ensure();
    },
    destroy() {
      for (const n of highlights.keys()) api.registry.delete(n);
      highlights.clear();
      sheet.remove();
    },
  };
}

/** Fallback for browsers without the Highlight API: wraps each text piece in a <mark>. */
function markHighlighter(
  doc: Document,
  style: HighlightStyle,
  domWrite: <T>(change: () => T) => T,
): Highlighter {
  const marks = new Map<string, HTMLElement[]>();
  const sheet = lazySheet(
    doc,
    cssFor(style, (n) => `mark[data-mpp-highlight="${n}"]`),
  );
  const wrap = (name: string, range: Range) => {
    const out: HTMLElement[] = [];
    const nodes: Text[] = [];
    const walker = doc.createTreeWalker(range.commonAncestorContainer, 4 /* SHOW_TEXT */);
    let node: Node | null = walker.currentNode;
    while (node) {
      if (node.nodeType === 3 && range.intersectsNode(node)) nodes.push(node as Text);
      node = walker.nextNode();
    }
    for (const text of nodes) {
      let t = text;
      const start = t === range.startContainer ? range.startOffset : 0;
      const end = t === range.endContainer ? range.endOffset : t.data.length;
      if (end <= start) continue;
      if (end < t.data.length) t.splitText(end);
      if (start > 0) t = t.splitText(start);
      const mark = doc.createElement('mark');
      mark.dataset.mppHighlight = name;
      t.parentNode?.insertBefore(mark, t);
      mark.appendChild(t);
      out.push(mark);
    }
    return out;
  };
  const unwrap = (mark: HTMLElement) => {
    const parent = mark.parentNode;
    if (!parent) return;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
    parent.normalize();
  };
  const api: Highlighter = {
    native: false,
    add(name, ranges) {
      if (ranges.length) sheet.ensure();
      const list = marks.get(name) ?? [];
      domWrite(() => {
        for (const r of ranges) list.push(...wrap(name, r));
      });
      marks.set(name, list);
    },
    set(name, ranges) {
      api.clear(name);
      api.add(name, ranges);
    },
    clear(name) {
      for (const [n, list] of marks) {
        if (name && n !== name) continue;
        domWrite(() => list.forEach(unwrap));
        marks.delete(n);
      }
    },
    prepare() {
      sheet.ensure();
    },
    setStyle(next) {
      sheet.replace(cssFor(next, (n) => `mark[data-mpp-highlight="${n}"]`));
    },
    destroy() {
      api.clear();
      sheet.remove();
    },
  };
  return api;
}
