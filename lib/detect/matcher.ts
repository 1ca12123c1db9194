/**
 * Finds mentions of topics in page text. Aliases of every topic compile into one regular
 * expression run over the folded text; each hit is then judged by its alias kind:
 * - 'name': a mention, unless written all in lowercase, when it is judged as a phrase
 *   ("remain in Mexico" given as a name must not fire on a travel page);
 * - 'short' (MPP, PPM): only written in capitals, not a file name or extension, and with a
 *   cue nearby (or the topic established on the page by a name), no anti-cue closer than it;
 * - 'phrase': only quoted, Title-Cased mid-sentence, named as a policy ("… policy",
 *   "programa …"), or with a cue nearby and no anti-cue closer.
 * Hits that rest on cues alone also need the page as a whole to lean towards the topic
 * (see the vote in `match`).
 * Neighbour policies are matched too, so that they are never reported and their words are
 * not reused for this topic.
 */
import { escapeRegExp } from '../text/escape-regexp';
import type { Alias, Mention, Topic } from '../topic/schema';
import { FoldBuilder, foldString, originalEnd, type Folded } from '../text/fold';
import { RARE_LATIN, buildBlockFilter, type BlockFilter } from './prefilter';
import { isOrdinaryUse } from './phrase-use';

export { scanRoot, type ScanHit, type ScanOptions } from './scan-root';

export type AliasKind = Alias['kind'];

export interface Match {
  mention: Mention;
  kind: AliasKind;
  /** True for mentions that make a short form unambiguous elsewhere on the page. */
  establishes: boolean;
}

export interface MatchOptions {
  /**
   * Offsets of the "\n" characters that separate blocks (visibleText's inserted breaks; see
   * blockBreaks). Without it every "\n" in `text` separates blocks, as in a plain-text file
   * with one paragraph per line.
   */
  breaks?: readonly number[];
  /** Topic ids already established on the page (for scanning an added subtree alone). */
  established?: ReadonlySet<string>;
  /**
   * Every block may hold an alias: the caller chose them (page-scan.ts, with the pivot regex),
   * so the prefilter would only repeat that work.
   */
  prefiltered?: boolean;
}

export interface Matcher {
  readonly topics: readonly Topic[];
  match(text: string, opts?: MatchOptions): Match[];
  /**
   * Topics a text establishes (names, quoted phrases) without judging short forms: a cheap
   * page-wide pre-pass (e.g. over body.textContent) before scanning slices of it alone.
   */
  establishedIn(text: string, opts?: Pick<MatchOptions, 'breaks'>): Set<string>;
}

export interface MatcherOptions {
  /** How far (in folded characters, same block) a cue or anti-cue may be from a hit. */
  window?: number;
  /**
   * Skip blocks where no alias can occur before folding (default true). Results are the same
   * either way; false exists to test that.
   */
  prefilter?: boolean;
}

const PREFIX_SUFFIX = 32;
/** establishedIn reads a long text in parts of about this many characters (see there). */
const ESTABLISH_PART = 16_384;
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

const WORD_CHAR = /[\p{L}\p{N}_]/u;
const UPPER_START = /^\p{Lu}/u;
const HAS_LETTER = /\p{L}/u;
const LETTER = /\p{L}/u;

interface Entry {
  topic: number;
  kind: AliasKind | 'neighbour';
  /** Needs a word boundary before it (its first character is a word character). */
  leftBoundary: boolean;
}

interface Term {
  /** The term's regex source without its end boundary. */
  source: string;
  leftBoundary: boolean;
  /** Needs a word boundary after it (its last character is a word character). */
  rightBoundary: boolean;
}

/** Is the one-character string `ch` a letter, digit or underscore (ASCII without a regex)? */
function isWordChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 0x80)
    return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
  return WORD_CHAR.test(ch);
}

/** `termFor` of a term already folded (`f` = foldString(text)). */
function termOf(text: string, f: string, plural: boolean): Term | null {
  if (!f) return null;
  const first = f[0]!;
  const last = f[f.length - 1]!;
  let source = escapeRegExp(f);
  if (plural && (last.charCodeAt(0) < 0x80 ? /[a-z]/i.test(last) : LETTER.test(last))) {
    // Cue lists name words in one number; "tourists" should also find "tourist" and
    // "migrant" find "migrants". Short and capitalised terms (DHS) are taken as written.
    const word = /[a-z]+$/.exec(f)?.[0] ?? '';
    if (word.length > 4 && word.endsWith('s') && text === text.toLowerCase())
      source = source.slice(0, -1) + 's?';
    source += '(?:e?s)?';
  }
  return { source, leftBoundary: isWordChar(first), rightBoundary: isWordChar(last) };
}

/** Is the folded character before `i` a word character? */
function wordCharBefore(folded: string, i: number): boolean {
  if (i <= 0) return false;
  const c = folded.charCodeAt(i - 1);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
  // Astral letters end with a low surrogate; test the whole code point.
  const start = c >= 0xdc00 && c <= 0xdfff && i >= 2 ? i - 2 : i - 1;
  return WORD_CHAR.test(folded.slice(start, i));
}

/** Is the code point at `i` a word character (what `(?![\p{L}\p{N}_])` refuses)? */
function wordCharAt(s: string, i: number): boolean {
  if (i >= s.length) return false;
  const c = s.charCodeAt(i);
  if (c < 0x80)
    return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
  return WORD_CHAR.test(String.fromCodePoint(s.codePointAt(i)!));
}

interface Span {
  start: number;
  end: number;
}

interface Hit {
  index: number;
  end: number;
  /** Which term matched. */
  group: number;
}

/**
 * Terms as one alternation, longest first, each a capture group, each ending on a word
 * boundary when its last character is a word character. The regex run has no boundary
 * lookaheads and no u flag when the terms allow (both make V8's regex slower to compile and to
 * run); a hit that ends inside a word is handed to the exact regex, with the lookaheads, at the
 * same position, so the hits are those of the exact regex: the same alternative wins.
 */
class Alternation {
  private readonly fast: RegExp;
  private exact: RegExp | null = null;
  private readonly rightBoundary: boolean[];

  constructor(private readonly terms: readonly Term[]) {
    this.rightBoundary = terms.map((t) => t.rightBoundary);
    const source = terms.map((t) => `(${t.source})`).join('|');
    // Without u, astral characters would be matched by halves; keep u for such terms.
    this.fast = new RegExp(source, /[\uD800-\uDFFF]/.test(source) ? 'gu' : 'g');
  }

  /** The exact regex's first hit at or after `from`, or null. */
  next(s: string, from: number): Hit | null {
    const fast = this.fast;
    fast.lastIndex = from;
    let m: RegExpExecArray | null;
    while ((m = fast.exec(s))) {
      const group = groupIndex(m);
      const end = m.index + m[0].length;
      if (!this.rightBoundary[group] || !wordCharAt(s, end)) return { index: m.index, end, group };
      // The alternative the exact regex would try first ends inside a word here. Every term
      // that can match here starts with the same character: if that needs a boundary before it
      // and has none, the caller skips this position whatever matches.
      if (this.terms[group]!.leftBoundary && wordCharBefore(s, m.index)) {
        fast.lastIndex = m.index + 1;
        continue;
      }
      const exact = (this.exact ??= exactRegex(this.terms));
      exact.lastIndex = m.index;
      const e = exact.exec(s);
      if (e) return { index: e.index, end: e.index + e[0].length, group: groupIndex(e) };
      fast.lastIndex = m.index + 1;
    }
    return null;
  }
}

/**
 * The terms with their end boundaries, as a sticky regex. Consecutive terms that need one share
 * one lookahead: (?:(a)|(b))(?!W) tries the same choices in the same order as (a)(?!W)|(b)(?!W),
 * and a \p class compiles slowly enough that one copy instead of dozens matters on a cold start.
 */
function exactRegex(terms: readonly Term[]): RegExp {
  const runs: string[] = [];
  for (let i = 0; i < terms.length;) {
    let j = i;
    while (j < terms.length && terms[j]!.rightBoundary === terms[i]!.rightBoundary) j++;
    const groups = terms.slice(i, j).map((t) => `(${t.source})`);
    runs.push(terms[i]!.rightBoundary ? `(?:${groups.join('|')})(?![\\p{L}\\p{N}_])` : groups.join('|'));
    i = j;
  }
  return new RegExp(runs.join('|'), 'yu');
}

/** Cue or anti-cue spans of one topic, in folded coordinates, sorted by start. */
class TermSet {
  private compiled: { alt: Alternation | null; bounded: boolean[]; upper: boolean[] } | null = null;

  /** Compiled on first use: most pages never need a topic's cues. */
  constructor(private readonly terms: readonly string[]) {}

  private compile() {
    const bounded: boolean[] = [];
    const upper: boolean[] = [];
    const list: Term[] = [];
    const folded = [...new Set(this.terms)].map((t) => ({ t, f: foldString(t) }));
    // Stable: equal lengths keep their order.
    folded.sort((a, b) => b.f.length - a.f.length);
    for (const { t, f } of folded) {
      const term = termOf(t, f, true);
      if (!term) continue;
      list.push(term);
      bounded.push(term.leftBoundary);
      // An all-capitals cue (DHS, ICE) means the acronym, not the word.
      const letters = /[^ -~]/.test(t) ? t.replace(/[^\p{L}]/gu, '') : t.replace(/[^A-Za-z]/g, '');
      upper.push(
        letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
      );
    }
    return { alt: list.length ? new Alternation(list) : null, bounded, upper };
  }

  find(f: Folded, text: string): Span[] {
    const out: Span[] = [];
    const { alt, bounded, upper } = (this.compiled ??= this.compile());
    if (!alt) return out;
    const s = f.folded;
    let from = 0;
    let h: Hit | null;
    while ((h = alt.next(s, from))) {
      from = h.end;
      if (bounded[h.group] && wordCharBefore(s, h.index)) {
        from = h.index + 1;
        continue;
      }
      if (upper[h.group]) {
        const orig = text.slice(f.map[h.index]!, originalEnd(f, h.end, text));
        if (orig !== orig.toUpperCase()) continue;
      }
      out.push({ start: h.index, end: h.end });
      if (h.end === h.index) from++;
    }
    return out;
  }
}

function groupIndex(m: RegExpExecArray): number {
  for (let i = 1; i < m.length; i++) if (m[i] !== undefined) return i - 1;
  return -1;
}

interface CompiledTopic {
  topic: Topic;
  cues: TermSet;
  antiCues: TermSet;
}

interface Candidate {
  entry: Entry;
  fStart: number;
  fEnd: number;
  start: number;
  end: number;
  kind: AliasKind;
  accepted: boolean;
  establishes: boolean;
  /** A phrase used as a verb ("must remain in Mexico"): never a mention, never a vote. */
  verb?: boolean;
}

const KIND_RANK: Record<AliasKind, number> = { name: 3, phrase: 2, short: 1 };

export function createMatcher(topics: readonly Topic[], options: MatcherOptions = {}): Matcher {
  const windowSize = options.window ?? 250;
  const compiled: CompiledTopic[] = topics.map((topic) => ({
    topic,
    cues: new TermSet(topic.cues),
    antiCues: new TermSet(topic.antiCues),
  }));

  // Built on first use: a page whose text is empty or that never calls match pays nothing.
  let aliasRegex: { alt: Alternation; entries: Entry[] } | null | undefined;
  let blockFilter: BlockFilter | null | undefined;

  function compileAliases(): { alt: Alternation; entries: Entry[] } | null {
    // One alternative per distinct folded form per topic; if the pack lists a form twice with
    // different kinds, the most specific kind wins. Neighbours win over aliases on equal text.
    const forms = new Map<string, { entry: Entry; term: Term; length: number }>();
    const rank = (k: Entry['kind']) => (k === 'neighbour' ? 4 : KIND_RANK[k]);
    const add = (topicIndex: number, text: string, kind: Entry['kind']) => {
      const f = foldString(text);
      const term = termOf(text, f, false);
      if (!term) return;
      const key = `${kind === 'neighbour' ? 'n' : topicIndex}\u0000${f}`;
      const prev = forms.get(key);
      if (prev && rank(prev.entry.kind) >= rank(kind)) return;
      forms.set(key, {
        entry: { topic: topicIndex, kind, leftBoundary: term.leftBoundary },
        term,
        length: f.length,
      });
    };
    topics.forEach((t, i) => {
      for (const n of t.neighbours) for (const a of [n.name, ...n.aliases]) add(i, a, 'neighbour');
      for (const a of t.aliases) add(i, a.text, a.kind);
    });
    const ordered = [...forms.values()].sort(
      (a, b) =>
        b.length - a.length ||
        (b.entry.kind === 'neighbour' ? 1 : 0) - (a.entry.kind === 'neighbour' ? 1 : 0),
    );
    if (ordered.length === 0) return null;
    return { alt: new Alternation(ordered.map((o) => o.term)), entries: ordered.map((o) => o.entry) };
  }

  function aliases() {
    if (aliasRegex === undefined) aliasRegex = compileAliases();
    return aliasRegex;
  }

  function filter(): BlockFilter | null {
    if (blockFilter === undefined)
      blockFilter =
        options.prefilter === false
          ? null
          : buildBlockFilter(topics.flatMap((t) => t.aliases.map((a) => a.text)));
    return blockFilter;
  }

  function candidatesOf(
    { alt, entries }: { alt: Alternation; entries: Entry[] },
    text: string,
    breaksOpt: readonly number[] | undefined,
    prefiltered = false,
  ) {
    const pf = prefiltered ? null : filter();
    const blocks = (pf && pf.blocks(text, blockFinder(text, breaksOpt))) ?? allBlocks(text, breaksOpt);
    // Most slices of most pages: nothing to fold.
    if (blocks.length === 0) return null;
    const f = foldBlocks(text, blocks);
    const { folded, map } = f;
    const breaks = hardBreaks(folded);

    const candidates: Candidate[] = [];
    let from = 0;
    let h: Hit | null;
    while ((h = alt.next(folded, from))) {
      from = h.end;
      const entry = entries[h.group]!;
      if (entry.leftBoundary && wordCharBefore(folded, h.index)) {
        from = h.index + 1;
        continue;
      }
      if (entry.kind === 'neighbour') continue;
      const fStart = h.index;
      const fEnd = h.end;
      const start = map[fStart]!;
      const end = originalEnd(f, fEnd, text);
      let kind: AliasKind = entry.kind;
      // A name written all in lowercase is an ordinary phrase ("remain in mexico").
      if (kind === 'name') {
        const exact = text.slice(start, end);
        if (HAS_LETTER.test(exact) && exact === exact.toLowerCase()) kind = 'phrase';
      }
      candidates.push({ entry, fStart, fEnd, start, end, kind, accepted: false, establishes: false });
    }
    const ctx = new Passage(text, f, breaks);
    const antiCache = new Map<number, Span[]>();
    const antiOf = (t: number) => {
      let spans = antiCache.get(t);
      if (!spans) antiCache.set(t, (spans = compiled[t]!.antiCues.find(f, text)));
      return spans;
    };
    // Pass 1: names, and phrases the page itself marks as a name (quotes, "… policy"), unless
    // their own block speaks of something else (a tourism slogan in quotes): those wait for the
    // page's vote. A phrase used as a verb ("must remain in Mexico") is no name at all.
    for (const c of candidates) {
      if (c.kind === 'name') {
        c.accepted = c.establishes = true;
      } else if (c.kind === 'phrase') {
        const strong = ctx.quoted(c) || ctx.namedAsPolicy(c);
        if (!strong && isOrdinaryUse(ctx.surroundings(c))) {
          c.verb = true;
          continue;
        }
        const block = ctx.blockOf(c.fStart);
        const antiInBlock =
          nearest(antiOf(c.entry.topic), { start: c.fStart, end: c.fEnd }, block, block.end - block.start) <
          Infinity;
        if (antiInBlock) continue;
        if (strong) c.accepted = c.establishes = true;
        else if (ctx.titleCased(c)) c.accepted = true;
      }
    }
    return { f, ctx, candidates };
  }

  function establishedIn(text: string, opts: Pick<MatchOptions, 'breaks'> = {}): Set<string> {
    const out = new Set<string>();
    const re = text.length === 0 ? null : aliases();
    if (!re) return out;
    const add = (part: string, breaks: readonly number[] | undefined) => {
      for (const c of candidatesOf(re, part, breaks)?.candidates ?? []) {
        if (c.establishes) out.add(compiled[c.entry.topic]!.topic.id);
      }
    };
    // Whether a block establishes a topic depends on that block alone, so a long text split at
    // block ends ("\n" without breaks) gives the same set, and the work stops once every topic
    // is established, usually in the first part of a page that names one. Rare Latin letters
    // anywhere make the prefilter fold every block: such texts are taken whole.
    if (opts.breaks || text.length <= ESTABLISH_PART || !filter() || RARE_LATIN.test(text)) {
      add(text, opts.breaks);
      return out;
    }
    const all = new Set(compiled.map((c) => c.topic.id)).size;
    for (let from = 0; from < text.length && out.size < all;) {
      let to = from + ESTABLISH_PART >= text.length ? -1 : text.indexOf('\n', from + ESTABLISH_PART);
      if (to === -1) to = text.length;
      add(text.slice(from, to), undefined);
      from = to + 1;
    }
    return out;
  }

  function match(text: string, opts: MatchOptions = {}): Match[] {
    const re = text.length === 0 ? null : aliases();
    if (!re) return [];
    const found = candidatesOf(re, text, opts.breaks, opts.prefiltered);
    if (!found || found.candidates.length === 0) return [];
    const { f, ctx, candidates } = found;
    // Pass 2: what remains needs a cue; accepted mentions of the topic count as cues.
    const established = new Set(opts.established ?? []);
    const accepted: Span[][] = compiled.map(() => []);
    for (const c of candidates) {
      if (c.establishes) established.add(compiled[c.entry.topic]!.topic.id);
      if (c.accepted) accepted[c.entry.topic]!.push({ start: c.fStart, end: c.fEnd });
    }
    const cueCache = new Map<number, { cues: Span[]; anti: Span[] }>();
    const cuesOf = (t: number) => {
      let hit = cueCache.get(t);
      if (!hit) {
        const own = compiled[t]!;
        const cues = own.cues.find(f, text).concat(accepted[t]!);
        cues.sort((a, b) => a.start - b.start);
        hit = { cues, anti: own.antiCues.find(f, text) };
        cueCache.set(t, hit);
      }
      return hit;
    };
    // One sense per page: every hit that depends on cues votes for the topic's sense (a cue is
    // nearer than any anti-cue) or against it (an anti-cue is nearer), and title-cased phrases
    // vote for it. Where no name establishes the topic, cue-dependent hits count only if the
    // page votes for the topic: one "border" near "Windsor MPP" does not outweigh a page of
    // Queen's Park, ridings and MPPs.
    const votes = compiled.map(() => 0);
    const pending: Array<{ c: Candidate; cueDist: number; antiDist: number }> = [];
    for (const c of candidates) {
      if (c.accepted) {
        if (!c.establishes) votes[c.entry.topic]!++;
        continue;
      }
      if (c.verb) continue;
      // On a page that names the topic, a short form in lower case is its acronym too ("so mpp is back?").
      const isEstablished = established.has(compiled[c.entry.topic]!.topic.id);
      if (c.kind === 'short' && !ctx.acronymShape(c, isEstablished)) continue;
      const { cues, anti } = cuesOf(c.entry.topic);
      const span = { start: c.fStart, end: c.fEnd };
      const block = ctx.blockOf(c.fStart);
      const cueDist = nearest(cues, span, block, windowSize);
      const antiDist = nearest(anti, span, block, windowSize);
      if (antiDist < cueDist) votes[c.entry.topic]!--;
      else if (cueDist < Infinity) votes[c.entry.topic]!++;
      pending.push({ c, cueDist, antiDist });
    }
    for (const { c, cueDist: near, antiDist } of pending) {
      const isEstablished = established.has(compiled[c.entry.topic]!.topic.id);
      // One sense per page: on a page that names the topic, its acronym and its phrases need no
      // cue of their own (a kicker, a related link, a comment), unless their own block speaks of
      // something else (a travel tip beside the news).
      if (isEstablished) {
        const block = ctx.blockOf(c.fStart);
        const span = { start: c.fStart, end: c.fEnd };
        const antiInBlock = nearest(cuesOf(c.entry.topic).anti, span, block, block.end - block.start);
        const cueInBlock = nearest(cuesOf(c.entry.topic).cues, span, block, block.end - block.start);
        if (antiInBlock === Infinity || cueInBlock < antiInBlock) c.accepted = true;
        continue;
      }
      const cueDist = near;
      if (cueDist === Infinity || antiDist < cueDist) continue;
      if (!isEstablished && votes[c.entry.topic]! <= 0) continue;
      c.accepted = true;
    }

    const out: Match[] = [];
    for (const c of candidates) {
      if (!c.accepted) continue;
      out.push({
        mention: {
          exact: text.slice(c.start, c.end),
          prefix: text.slice(Math.max(0, c.start - PREFIX_SUFFIX), c.start),
          suffix: text.slice(c.end, c.end + PREFIX_SUFFIX),
          start: c.start,
          end: c.end,
          topic: compiled[c.entry.topic]!.topic.id,
        },
        kind: c.kind,
        establishes: c.establishes,
      });
    }
    return out;
  }

  return { topics, match, establishedIn };
}

/** Topic ids that a scan established (pass them to later scans of added subtrees). */
export function establishedTopics(matches: readonly Match[]): Set<string> {
  const out = new Set<string>();
  for (const m of matches) if (m.establishes) out.add(m.mention.topic);
  return out;
}

/** Block boundaries of `text`: the given break offsets, or every "\n". */
function blockFinder(text: string, breaks: readonly number[] | undefined): (i: number) => Span {
  if (!breaks) {
    return (i) => {
      const end = text.indexOf('\n', i);
      return { start: text.lastIndexOf('\n', i - 1) + 1, end: end === -1 ? text.length : end };
    };
  }
  return (i) => {
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (breaks[mid]! < i) lo = mid + 1;
      else hi = mid;
    }
    // A break at i itself ends the block before it.
    return { start: lo > 0 ? breaks[lo - 1]! + 1 : 0, end: lo < breaks.length ? breaks[lo]! : text.length };
  };
}

function allBlocks(text: string, breaks: readonly number[] | undefined): Span[] {
  const cuts = breaks ? [...breaks] : [];
  if (!breaks) for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) cuts.push(at);
  const out: Span[] = [];
  let from = 0;
  for (const at of cuts) {
    if (at < from || at >= text.length) continue;
    out.push({ start: from, end: at });
    from = at + 1;
  }
  out.push({ start: from, end: text.length });
  return out;
}

/** Folds the given blocks only, each ended by a hard break, mapped to original offsets. */
function foldBlocks(text: string, blocks: readonly Span[]): Folded {
  let size = 16;
  for (const b of blocks) size += b.end - b.start + 1;
  const builder = new FoldBuilder(size);
  for (const b of blocks) builder.append(text, b.start, b.end).hardBreak(b.end);
  return builder.finish(text.length);
}

function hardBreaks(folded: string): number[] {
  const out: number[] = [];
  for (let at = folded.indexOf('\n'); at !== -1; at = folded.indexOf('\n', at + 1)) out.push(at);
  return out;
}

/**
 * Distance in folded characters from `c` to the nearest span inside `block` and within
 * `windowSize`; Infinity if none.
 */
function nearest(spans: readonly Span[], c: Span, block: Span, windowSize: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid]!.start < c.start) lo = mid + 1;
    else hi = mid;
  }
  let best = Infinity;
  const consider = (s: Span) => {
    if (s.start < block.start || s.end > block.end) return;
    const d = s.start >= c.end ? s.start - c.end : c.start >= s.end ? c.start - s.end : 0;
    if (d <= windowSize && d < best) best = d;
  };
  for (let i = lo; i < spans.length && spans[i]!.start - c.end <= windowSize; i++) consider(spans[i]!);
  // Spans that start earlier may be long; walk back until they are surely out of reach.
  for (let i = lo - 1; i >= 0 && c.start - spans[i]!.start <= windowSize + 200; i--) consider(spans[i]!);
  return best;
}

/** Reads the surroundings of a hit, in folded and original text. */
class Passage {
  constructor(
    private readonly text: string,
    private readonly f: Folded,
    private readonly breaks: readonly number[],
  ) {}

  blockOf(i: number): Span {
    const b = this.breaks;
    let lo = 0;
    let hi = b.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (b[mid]! < i) lo = mid + 1;
      else hi = mid;
    }
    return { start: lo > 0 ? b[lo - 1]! + 1 : 0, end: lo < b.length ? b[lo]! : this.f.folded.length };
  }

  /** Opened by a quote right before it: “Remain in Mexico”, ‘stay in Mexico’, «Quédate…». */
  quoted(c: Candidate): boolean {
    const ch = this.f.folded[c.fStart - 1];
    if (ch === '"') return true;
    // An apostrophe opens a quote only when no letter precedes it (not "Mexico's").
    return ch === "'" && !wordCharBefore(this.f.folded, c.fStart - 1);
  }

  /** "the Remain in Mexico policy", "MPP program", "el programa Quédate en México". */
  namedAsPolicy(c: Candidate): boolean {
    let i = c.fEnd;
    const s = this.f.folded;
    if (s.startsWith("'s", i) && !WORD_CHAR.test(s[i + 2] ?? ' ')) i += 2;
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
  titleCased(c: Candidate): boolean {
    const exact = this.text.slice(c.start, c.end);
    const words = exact.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    // The small words are plain ASCII: lower case is their folding (folding each word cost
    // milliseconds on a page of hundreds of mentions).
    const significant = words.filter((w) => !SMALL_WORDS.has(w.toLowerCase()));
    if (significant.length === 0 || !significant.every((w) => UPPER_START.test(w))) return false;
    const before = this.prevNonSpace(c.fStart);
    if (before === null || '.!?:;¿¡"\''.includes(before)) return false;
    const prev = this.wordBefore(c.fStart, false);
    if (prev && UPPER_START.test(prev.original)) return false;
    const next = this.wordAt(c.fEnd + (this.f.folded[c.fEnd] === ' ' ? 1 : 0));
    if (next && UPPER_START.test(next.original) && !FOLLOWERS.has(next.folded)) return false;
    return true;
  }

  /** Capitals, not "file.mpp" / ".MPP" / "MPP.exe", not glued to other symbols. */
  acronymShape(c: Candidate, lowerCaseToo = false): boolean {
    const exact = this.text.slice(c.start, c.end);
    if (!HAS_LETTER.test(exact)) return false;
    if (exact !== exact.toUpperCase() && !(lowerCaseToo && exact === exact.toLowerCase())) return false;
    const before = this.text[c.start - 1];
    if (before === '.' || before === '/' || before === '\\' || before === '_' || before === '@') return false;
    const after = this.text.slice(c.end, c.end + 2);
    if (/^[._][\p{L}\p{N}]/u.test(after)) return false;
    return true;
  }

  /** The words right before and after a phrase in its block, folded, and its shape, for isOrdinaryUse. */
  surroundings(c: Candidate): { before: string | null; after: string | null; nameShaped: boolean } {
    const exact = this.text.slice(c.start, c.end);
    const after = this.wordAt(c.fEnd + (this.f.folded[c.fEnd] === ' ' ? 1 : 0));
    const allCaps = HAS_LETTER.test(exact) && exact === exact.toUpperCase();
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
    while (j < s.length && WORD_CHAR.test(s[j]!)) j++;
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
    while (k > 0 && WORD_CHAR.test(s[k - 1]!)) k--;
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
