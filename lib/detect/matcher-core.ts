/**
 * Finds mentions of topics in page text. Aliases of every topic compile into one regular
 * expression run over the folded text (its terms built ahead of the page: matcher-terms.ts);
 * each hit is then judged by its alias kind:
 * - 'name': a mention, unless written all in lowercase, when it is judged as a phrase
 *   ("remain in Mexico" given as a name must not fire on a travel page);
 * - 'short' (MPP, PPM): only written in capitals, not a file name or extension, and with a
 *   cue nearby (or the topic established on the page by a name), no anti-cue closer than it;
 *   on a page that spells it out as something else ("Majlis Perwakilan Pelajar (MPP)"), only
 *   where a name establishes the topic;
 * - 'phrase': only named as a policy ("… policy", "programa …", "known as “…”"), quoted with a
 *   cue in its block, Title-Cased mid-sentence, or with a cue nearby and no anti-cue closer;
 *   never after "campaign" or "slogan".
 * Hits that rest on cues alone also need the page as a whole to lean towards the topic
 * (see the vote in `match`).
 * Neighbour policies are matched too, so that they are never reported and their words are
 * not reused for this topic.
 */
import type { Alias, Mention, Topic } from '../topic/schema';
import { foldString, originalEnd } from '../text/fold';
import type { BlockFilter } from './prefilter';
import { isOrdinaryUse, namesPersonOrTitle } from './phrase-use';
import { Passage } from './passage';
import { allBlocks, blockFinder, foldBlocks, hardBreaks, nearest } from './blocks';
import { Alternation, TermSet, hasLetter, wordCharBefore, type Hit, type Span } from './terms';
import { asMatcherTerms, type Entry, type MatcherTerms } from './matcher-terms';
import { shortFormSenses } from './short-form-senses';

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
  match(text: string, opts?: MatchOptions): Match[];
  /**
   * Topics a text establishes (names, phrases named as a policy) without judging short forms: a cheap
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

/**
 * How a matcher skips blocks no alias can be in before folding them (prefilter.ts). Passed in,
 * not imported: the reader's page scan chooses its blocks with the pivots and does without, so
 * its script need not carry the prefilter (matcher.ts gives it to everyone else).
 */
export interface BlockFiltering {
  build(aliases: readonly string[]): BlockFilter | null;
  /** Letters that make the prefilter fold every block: establishedIn takes such a text whole. */
  rareLatin: RegExp;
}

const PREFIX_SUFFIX = 32;
/** establishedIn reads a long text in parts of about this many characters (see there). */
const ESTABLISH_PART = 16_384;

interface CompiledTopic {
  id: string;
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
  /**
   * A phrase in its everyday sense: used as a verb ("must remain in Mexico") or named as
   * something else ("the campaign Quédate en México"). Never a mention, never a vote.
   */
  ordinary?: boolean;
}

/**
 * The matcher for `source`: topics, or the terms built ahead from them (matcherTerms); with `blocks`
 * (or none: every block is folded and searched).
 */
export function createMatcherCore(
  source: readonly Topic[] | MatcherTerms,
  options: MatcherOptions,
  blocks: BlockFiltering | null,
): Matcher {
  const terms = asMatcherTerms(source);
  const windowSize = options.window ?? 250;
  const compiled: CompiledTopic[] = terms.topics.map((id, i) => ({
    id,
    cues: new TermSet(terms.cues[i]!),
    antiCues: new TermSet(terms.antiCues[i]!),
  }));

  /**
   * The words of a topic's aliases, folded, four letters or more: built on first use, for the
   * few pages that spell a short form out.
   */
  const aliasWords: Array<Set<string> | undefined> = [];
  const wordsOfTopic = (t: number) =>
    (aliasWords[t] ??= new Set(
      terms.aliasTexts[t]!.flatMap((a) => foldString(a).split(' ')).filter((w) => w.length >= 4),
    ));

  // Built on first use: a page whose text is empty or that never calls match pays nothing.
  let aliasRegex: { alt: Alternation; entries: Entry[] } | null | undefined;
  let blockFilter: BlockFilter | null | undefined;

  function aliases() {
    if (aliasRegex === undefined) {
      const a = terms.aliases;
      aliasRegex = a && { alt: new Alternation(a.terms), entries: a.entries };
    }
    return aliasRegex;
  }

  function filter(): BlockFilter | null {
    if (blockFilter === undefined)
      blockFilter = blocks === null ? null : blocks.build(terms.aliasTexts.flat());
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
        if (hasLetter(exact) && exact === exact.toLowerCase()) kind = 'phrase';
      }
      candidates.push({ entry, fStart, fEnd, start, end, kind, accepted: false, establishes: false });
    }
    const ctx = new Passage(text, f, breaks);
    // Each topic's cue and anti-cue spans in this text, found on first need.
    const antiCache = new Map<number, Span[]>();
    const antiOf = (t: number) => {
      let spans = antiCache.get(t);
      if (!spans) antiCache.set(t, (spans = compiled[t]!.antiCues.find(f, text)));
      return spans;
    };
    const cueCache = new Map<number, Span[]>();
    const cueOf = (t: number) => {
      let spans = cueCache.get(t);
      if (!spans) cueCache.set(t, (spans = compiled[t]!.cues.find(f, text)));
      return spans;
    };
    // Pass 1: names, and phrases the page itself names as the policy ("… policy", quotes beside
    // a cue), unless their own block speaks of something else (a tourism slogan): those wait
    // for the page's vote. A phrase used as a verb ("must remain in Mexico") is no name at all.
    for (const c of candidates) {
      if (c.kind === 'name') {
        c.accepted = c.establishes = true;
      } else if (c.kind === 'phrase') {
        const quoted = ctx.quoted(c);
        const named = ctx.namedAsPolicy(c) || (quoted && ctx.calledBy(c));
        if (
          (!named && !quoted && isOrdinaryUse(ctx.surroundings(c))) ||
          ctx.namedAsOther(c) ||
          ctx.opensSpeech(c)
        ) {
          c.ordinary = true;
          continue;
        }
        const block = ctx.blockOf(c.fStart);
        const span = { start: c.fStart, end: c.fEnd };
        const inBlock = (spans: Span[]) => nearest(spans, span, block, block.end - block.start) < Infinity;
        // An exclamation ("¡quédate en México!") is speech, unless its block speaks of the topic
        // («¡quédense en México!», el programa que regresa para los solicitantes de asilo).
        if (!named && ctx.exclaimed(c) && !inBlock(cueOf(c.entry.topic))) {
          c.ordinary = true;
          continue;
        }
        // An anti-cue in its block decides, unless it is named as a policy beside a cue of the topic
        // ("asylum seekers under the ‘Remain in Mexico’ policy, Ontario MPPs say"): a tourism
        // board's "Stay in Mexico program" names a policy too.
        if (inBlock(antiOf(c.entry.topic)) && !(named && inBlock(cueOf(c.entry.topic)))) continue;
        // Named as a policy ("the … policy", "known as “…”"), it is one. In quotes alone it names
        // something: the policy where a cue shares its block (a tourism campaign «Quédate en
        // México» has none); otherwise the rest of the page decides.
        if (named || (quoted && inBlock(cueOf(c.entry.topic)))) c.accepted = c.establishes = true;
        else if (!quoted && ctx.titleCased(c)) c.accepted = true;
      }
    }
    return { f, ctx, candidates, antiOf, cueOf };
  }

  function establishedIn(text: string, opts: Pick<MatchOptions, 'breaks'> = {}): Set<string> {
    const out = new Set<string>();
    const re = text.length === 0 ? null : aliases();
    if (!re) return out;
    const add = (part: string, breaks: readonly number[] | undefined) => {
      for (const c of candidatesOf(re, part, breaks)?.candidates ?? []) {
        if (c.establishes) out.add(compiled[c.entry.topic]!.id);
      }
    };
    // Whether a block establishes a topic depends on that block alone, so a long text split at
    // block ends ("\n" without breaks) gives the same set, and the work stops once every topic
    // is established, usually in the first part of a page that names one. Rare Latin letters
    // anywhere make the prefilter fold every block: such texts are taken whole.
    if (opts.breaks || text.length <= ESTABLISH_PART || !filter() || blocks?.rareLatin.test(text)) {
      add(text, opts.breaks);
      return out;
    }
    const all = new Set(compiled.map((c) => c.id)).size;
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
    const { f, ctx, candidates, antiOf, cueOf } = found;
    // Pass 2: what remains needs a cue; accepted mentions of the topic count as cues.
    const established = new Set(opts.established ?? []);
    const accepted: Span[][] = compiled.map(() => []);
    for (const c of candidates) {
      if (c.establishes) established.add(compiled[c.entry.topic]!.id);
      if (c.accepted) accepted[c.entry.topic]!.push({ start: c.fStart, end: c.fEnd });
    }
    const senses = shortFormSenses(ctx, candidates, text, f.folded, wordsOfTopic);
    const cueCache = new Map<number, { cues: Span[]; anti: Span[] }>();
    const cuesOf = (t: number) => {
      let hit = cueCache.get(t);
      if (!hit) {
        const cues = cueOf(t).concat(accepted[t]!);
        cues.sort((a, b) => a.start - b.start);
        hit = { cues, anti: antiOf(t) };
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
      if (c.ordinary) continue;
      // On a page that names the topic, a short form in lower case is its acronym too ("so mpp is back?").
      const isEstablished = established.has(compiled[c.entry.topic]!.id);
      if (c.kind === 'short' && !ctx.acronymShape(c, isEstablished)) continue;
      // Spelt out as something else shortly before: weighed against the topic's cues below.
      let otherBefore = Infinity;
      if (c.kind === 'short') {
        if (senses.isUnit(c)) continue;
        // A page that spells the short form out as something else ("Majlis Perwakilan Pelajar
        // (MPP)") means that by it, unless a name of the topic establishes the topic there too;
        // then only where it stands spelt out ("an MPP (Master of Public Policy)"), or shortly
        // after, closer than any cue of the topic ("Plan de Pagos Mensuales (PPM) … al PPM").
        if (isEstablished) otherBefore = ctx.otherDefinitionBefore(c, senses.isTopicWords(c), windowSize);
        if (isEstablished ? otherBefore === 0 : senses.definedOtherwise(c)) continue;
        // A person or a title: "email my MPP and …", "MPP Candidate", "J.D., MPP".
        if (namesPersonOrTitle(ctx.neighbours(c)) || ctx.afterDegree(c)) continue;
      }
      const { cues, anti } = cuesOf(c.entry.topic);
      const span = { start: c.fStart, end: c.fEnd };
      const block = ctx.blockOf(c.fStart);
      const cueDist = nearest(cues, span, block, windowSize);
      if (otherBefore < cueDist) continue;
      const antiDist = nearest(anti, span, block, windowSize);
      if (antiDist < cueDist) votes[c.entry.topic]!--;
      else if (cueDist < Infinity) votes[c.entry.topic]!++;
      pending.push({ c, cueDist, antiDist });
    }
    for (const { c, cueDist: near, antiDist } of pending) {
      const isEstablished = established.has(compiled[c.entry.topic]!.id);
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
          topic: compiled[c.entry.topic]!.id,
        },
        kind: c.kind,
        establishes: c.establishes,
      });
    }
    return out;
  }

  return { match, establishedIn };
}

/** Topic ids that a scan established (pass them to later scans of added subtrees). */
export function establishedTopics(matches: readonly Match[]): Set<string> {
  const out = new Set<string>();
  for (const m of matches) if (m.establishes) out.add(m.mention.topic);
  return out;
}
