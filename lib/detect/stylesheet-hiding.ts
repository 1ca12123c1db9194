/**
 * Which elements a page's own <style> sheets hide, for tools that read a saved page without a
 * browser (the CLI's scan, the detection scores): in a browser the reader asks layout instead
 * (PageMentions.pruneHidden), and visibleText keeps such text for the same reason (offsets must
 * not depend on styles). Passed to scanRoot as `isHidden`.
 *
 * Only what holds on any screen, in a browser that runs scripts: top-level rules and `@media
 * screen` / `@media all` of sheets for the screen outside <noscript>; print rules, width queries,
 * selectors that need a state, a pseudo-element or a script (staticSelector) are left out, and
 * so are sheets the page links (nothing is fetched). Of the rules that set `display` or
 * `visibility` on an element, the cascade's winner decides (importance, then specificity, then
 * order; an inline style beats any rule not marked !important), so ".menu.open { display:
 * block }" shows what ".menu { display: none }" hid.
 */

interface Rule {
  selector: string;
  /** 'none' hides, anything else shows; likewise 'hidden'/'collapse' for visibility. */
  display?: string;
  visibility?: string;
  important: boolean;
  specificity: number;
  order: number;
}

/** Rules kept at most: a hostile page's huge sheet must not make every lookup slow. */
const MAX_RULES = 2000;
const MAX_SHEET = 1_000_000;

/** "a.b #c" -> ids * 10^6 + classes, attributes and pseudo-classes * 10^3 + types. */
function specificity(selector: string): number {
  const ids = selector.match(/#[\w-]+/g)?.length ?? 0;
  const classes = selector.match(/\.[\w-]+|\[[^\]]*\]/g)?.length ?? 0;
  const types =
    selector.replace(/#[\w-]+|\.[\w-]+|\[[^\]]*\]/g, ' ').match(/(?:^|[\s>+~])[a-zA-Z][\w-]*/g)?.length ?? 0;
  return ids * 1e6 + classes * 1e3 + types;
}

/** A media query that holds on a screen of any size: "screen", "all", "only screen". */
const ANY_SCREEN = /^(?:only\s+)?(?:screen|all)$/i;
const forAnyScreen = (query: string) => ANY_SCREEN.test(query.trim());

function declarations(body: string): Pick<Rule, 'display' | 'visibility' | 'important'> | null {
  let display: string | undefined;
  let visibility: string | undefined;
  let important = false;
  for (const decl of body.split(';')) {
    const colon = decl.indexOf(':');
    if (colon < 0) continue;
    const prop = decl.slice(0, colon).trim().toLowerCase();
    if (prop !== 'display' && prop !== 'visibility') continue;
    let value = decl
      .slice(colon + 1)
      .trim()
      .toLowerCase();
    const imp = /!\s*important$/.test(value);
    if (imp) value = value.replace(/!\s*important$/, '').trim();
    important ||= imp;
    if (prop === 'display') display = value;
    else visibility = value;
  }
  return display === undefined && visibility === undefined ? null : { display, visibility, important };
}

/**
 * The sheet's rules that set display or visibility, in order, into `rules`; false when there are
 * more than MAX_RULES of them (a page that writes so many is read as hiding nothing: a cap that
 * kept the first rules would drop the later ones that show again what they hid). One pass, no
 * recursion: `@media screen` blocks are entered, other at-rule blocks skipped whole, so a hostile
 * sheet of nested blocks costs its length once.
 */
function collect(css: string, rules: Rule[]): boolean {
  const token = /[{};]/g;
  // Open blocks: @media screen blocks entered, and blocks being skipped (always inside those).
  let entered = 0;
  let skipped = 0;
  let start = 0;
  for (let m = token.exec(css); m; m = token.exec(css)) {
    const at = m.index;
    const prelude = css.slice(start, at).trim();
    start = at + 1;
    if (m[0] === '}') {
      if (skipped > 0) skipped--;
      else if (entered > 0) entered--;
      continue;
    }
    if (m[0] === ';') continue; // @import, @charset, a stray declaration
    if (skipped > 0 || prelude.startsWith('@')) {
      const media = /^@media\s/i.test(prelude) && forAnyScreen(prelude.slice(6));
      if (skipped === 0 && media && entered < MAX_DEPTH) entered++;
      else skipped++;
      continue;
    }
    // A rule: its body runs to the next "}".
    const close = css.indexOf('}', at);
    const body = css.slice(at + 1, close < 0 ? css.length : close);
    token.lastIndex = start = close < 0 ? css.length : close + 1;
    const decl = declarations(body);
    if (!decl) continue;
    for (const raw of prelude.split(',')) {
      const selector = raw.trim();
      if (!selector || !staticSelector(selector)) continue;
      if (rules.length === MAX_RULES) return false;
      rules.push({ selector, ...decl, specificity: specificity(selector), order: rules.length });
    }
  }
  return true;
}

/** `@media screen` inside `@media screen` … at most this deep. */
const MAX_DEPTH = 4;

/**
 * A selector whose match a saved page settles: none that needs a state or a pseudo-element
 * (":hover", "::before"), and none keyed to the "no-js" class a page's script removes as it
 * runs (".no-js .lede { display: none }" hides nothing in a browser that runs scripts), nor
 * html or body themselves (a sheet that hides the whole page until a script shows it: the
 * anti-clickjacking "body { display: none !important }").
 */
function staticSelector(selector: string): boolean {
  if (selector.includes(':') || /\bno-js\b/.test(selector)) return false;
  return !/^(?:html|body)$/i.test(selector.split(/[\s>+~]+/).pop() ?? '');
}

/**
 * Rules by what their last compound selector requires of the element itself (an id, a class, a
 * tag, or nothing), so that each element is tried only against rules that could match it: a
 * saved page of 20 MB may have tens of thousands of elements and a sheet of thousands of rules.
 */
interface RuleIndex {
  byId: Map<string, Rule[]>;
  byClass: Map<string, Rule[]>;
  byTag: Map<string, Rule[]>;
  any: Rule[];
}

function indexRules(rules: readonly Rule[]): RuleIndex {
  const index: RuleIndex = { byId: new Map(), byClass: new Map(), byTag: new Map(), any: [] };
  const add = (map: Map<string, Rule[]>, key: string, r: Rule) => {
    const list = map.get(key);
    if (list) list.push(r);
    else map.set(key, [r]);
  };
  for (const r of rules) {
    // Attribute selectors aside: a[href$=".pdf"] asks for no class "pdf".
    const last = (r.selector.split(/[\s>+~]+/).pop() ?? '').replace(/\[[^\]]*\]/g, '');
    const id = /#([\w-]+)/.exec(last)?.[1];
    const cls = /\.([\w-]+)/.exec(last)?.[1];
    const tag = /^[a-zA-Z][\w-]*/.exec(last)?.[0];
    if (id) add(index.byId, id, r);
    else if (cls) add(index.byClass, cls, r);
    else if (tag) add(index.byTag, tag.toLowerCase(), r);
    else index.any.push(r);
  }
  return index;
}

/** The rules that could match `el`, in no particular order (the cascade orders them). */
function candidates(index: RuleIndex, el: Element): Rule[] {
  const out = [...index.any];
  const push = (list: Rule[] | undefined) => {
    if (list) for (const r of list) out.push(r);
  };
  if (el.id) push(index.byId.get(el.id));
  for (const c of el.classList) push(index.byClass.get(c));
  push(index.byTag.get(el.localName));
  return out;
}

const INLINE = /(?:^|;)\s*(display|visibility)\s*:\s*([^;!]+)(!\s*important)?/gi;

export function stylesheetHiding(doc: Document): (el: Element) => boolean {
  const rules: Rule[] = [];
  let budget = MAX_SHEET;
  for (const style of doc.querySelectorAll('style')) {
    // A sheet for print, or one a browser that runs scripts ignores (inside <noscript>).
    const media = style.getAttribute('media');
    if (media?.trim() && !forAnyScreen(media)) continue;
    if (style.closest('noscript')) continue;
    const text = (style.textContent ?? '').slice(0, budget);
    budget -= text.length;
    if (!collect(text.replace(/\/\*[\s\S]*?\*\//g, ''), rules)) return () => false;
    if (budget <= 0) break;
  }
  if (rules.length === 0) return () => false;

  const matches = (el: Element, selector: string) => {
    try {
      return el.matches(selector);
    } catch {
      return false; // a selector this DOM cannot read
    }
  };
  /** The cascade: importance, then specificity, then the later rule. */
  const beats = (r: Rule, b: Rule | undefined) =>
    !b ||
    (r.important !== b.important
      ? r.important
      : r.specificity !== b.specificity
        ? r.specificity > b.specificity
        : r.order > b.order);
  const index = indexRules(rules);
  type Prop = 'display' | 'visibility';
  /** The winning value of one property on the element itself (not inherited), given the rules matching it. */
  const winner = (el: Element, matching: readonly Rule[], prop: Prop): string | undefined => {
    let best: Rule | undefined;
    for (const r of matching) if (r[prop] !== undefined && beats(r, best)) best = r;
    // The last inline declaration of the property; it beats any rule unless only the rule is !important.
    let inline: { value: string; important: boolean } | undefined;
    for (const m of (el.getAttribute('style') ?? '').matchAll(INLINE))
      if (m[1]!.toLowerCase() === prop) inline = { value: m[2]!.trim().toLowerCase(), important: !!m[3] };
    if (inline && (inline.important || !best?.important)) return inline.value;
    return best?.[prop];
  };
  /** Both properties of an element, its rules matched once. */
  const styles = new Map<Element, Record<Prop, string | undefined>>();
  const own = (el: Element, prop: Prop): string | undefined => {
    let s = styles.get(el);
    if (!s) {
      const matching = candidates(index, el).filter((r) => matches(el, r.selector));
      s = { display: winner(el, matching, 'display'), visibility: winner(el, matching, 'visibility') };
      styles.set(el, s);
    }
    return s[prop];
  };
  // display:none hides the whole subtree; visibility is inherited, and a child may set it back.
  const undisplayed = new Map<Element, boolean>();
  const invisible = new Map<Element, boolean>();
  const hidden = (el: Element) =>
    inherited(el, undisplayed, (e, parent) => parent || own(e, 'display') === 'none') ||
    inherited(el, invisible, (e, parent) => {
      const v = own(e, 'visibility');
      return v === 'hidden' || v === 'collapse' ? true : v === 'visible' ? false : parent;
    });
  return hidden;
}

/**
 * A value that flows from parent to child, for `el`: resolved from the nearest cached ancestor
 * down, in a loop (a hostile page nests deeper than the call stack goes).
 */
function inherited(
  el: Element,
  cache: Map<Element, boolean>,
  step: (el: Element, parent: boolean) => boolean,
): boolean {
  const chain: Element[] = [];
  let n: Element | null = el;
  while (n && !cache.has(n)) {
    chain.push(n);
    n = n.parentElement;
  }
  let value = n ? cache.get(n)! : false;
  for (let i = chain.length - 1; i >= 0; i--) {
    value = step(chain[i]!, value);
    cache.set(chain[i]!, value);
  }
  return value;
}
