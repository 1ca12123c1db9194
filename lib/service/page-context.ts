/**
 * Everything the reader needs about one page, computed in the background from the curated pack
 * and the page's text: per-mention facts and relations ranked for its sentence, figure checks,
 * the page's copied passages, what the page is, whether its date fits the events it reports, and
 * the policy's status on the dates that matter.
 */
import type {
  CopiedPassageView,
  DateCheckView,
  FigureCheckView,
  MentionContext,
  PageContext,
  PageIdentityView,
  PrefetchRequest,
  SourceView,
  StatusAtView,
} from '../messaging/contract';
import type { Figure, RecordSource, TopicPack } from '../topic/schema';
import { rankRelatedSources } from '../search/related';
import { rankFacts } from '../search/rank-facts';
import { rankRelations } from '../search/rank-relations';
import { checkFigures } from '../figures/check';
import { compareDates, pickPageDate } from '../page/date';
import { computeCopies, findCopiedPassages, type SeedShingleIndex } from '../copy/shingles';
import { identifyPage } from '../copy/identify';
import { periodOf, policyStatus } from '../topic/status';

export interface CorpusIndex {
  pack: TopicPack;
  seeds: SeedShingleIndex;
  sources: Record<string, SourceView>;
}

export function sourceViews(pack: TopicPack, seeds: SeedShingleIndex): Record<string, SourceView> {
  const copies = computeCopies(seeds);
  const out: Record<string, SourceView> = {};
  for (const s of pack.sources) {
    out[s.seed] = {
      ...s,
      copies: copies.find((c) => c.copy === s.seed)?.original ?? null,
      copiedBy: copies.filter((c) => c.original === s.seed).map((c) => c.copy),
    };
  }
  return out;
}

const MAX_FACTS = 4;
const MAX_RELATIONS = 4;
const MAX_SOURCES = 3;
/** A page date this many days after the events it reports is worth a warning (copies, re-dated reposts). */
const MISDATE_DAYS = 183;

export function buildPageContext(corpus: CorpusIndex, req: PrefetchRequest): PageContext {
  const { pack } = corpus;
  const pageDateInfo = pickPageDate(req.dateCandidates);
  const pageDate = pageDateInfo?.date ?? null;
  const copiedPassages: CopiedPassageView[] = findCopiedPassages(req.text, corpus.seeds);
  const found = identifyPage(req.text, corpus.seeds);
  const identity: PageIdentityView | null = found
    ? { seed: found.seed, sameDate: (corpus.sources[found.seed]?.pageDate ?? null) === pageDate }
    : null;
  const check = dateCheck(corpus, pageDate, copiedPassages, identity);
  // Figures are judged at the time the page reports: a misdated page's "only 240" belongs to March 2019.
  const figureDate = check?.disagrees ? check.eventsDate : pageDate;
  const mentions = req.passages.map((p) => mentionContext(corpus, p, figureDate));
  const facts: PageContext['facts'] = {};
  for (const m of mentions) for (const id of m.facts) facts[id] = pack.facts.find((f) => f.id === id)!;
  const status = statusLines(pack, pageDate, check?.eventsDate ?? null);
  return {
    topic: {
      id: pack.topic.id,
      name: pack.topic.name,
      nameEs: pack.topic.nameEs,
      summary: pack.topic.summary,
      summaryEs: pack.topic.summaryEs,
      summaryRecords: pack.topic.summaryRecords,
    },
    mentions,
    facts,
    figures: pack.figures,
    conflicts: pack.conflicts,
    sources: corpus.sources,
    copiedPassages,
    pageDate: pageDateInfo,
    dateCheck: check,
    records: citedRecords(pack, status),
    asOf: pack.asOf,
    status,
    identity,
  };
}

/**
 * The status on the page's date; on the date of the events it reports, when that is another
 * state (a misdated page, or an undated one whose events are known); and as of the pack, when the
 * policy has changed since.
 */
function statusLines(pack: TopicPack, pageDate: string | null, eventsDate: string | null): StatusAtView[] {
  if (pack.history.length === 0) return [];
  const at = (role: StatusAtView['role'], date: string): StatusAtView => {
    const status = policyStatus(pack, date);
    const since = status.since?.date ?? '';
    return {
      role,
      status,
      figure: status.enrolling ? runningCount(pack, date, since) : null,
      recordEnds: periodOf(date).last > pack.asOf ? pack.asOf : null,
    };
  };
  const lines: StatusAtView[] = [];
  if (pageDate) lines.push(at('page', pageDate));
  if (eventsDate && (!pageDate || compareDates(pageDate, eventsDate).disagrees)) {
    const events = at('events', eventsDate);
    if (!lines[0] || lines[0].status.state !== events.status.state || lines[0].figure !== events.figure)
      lines.push(events);
  }
  const latest = at('latest', pack.asOf);
  if (!lines.some((l) => l.status.since?.id === latest.status.since?.id)) lines.push(latest);
  return lines;
}

/**
 * The latest figure of the topic's running count known at `date`, counted since the program last
 * began operating (`since`): the 2019–2021 total says nothing of the restart in 2022.
 */
function runningCount(pack: TopicPack, date: string, since: string): Figure | null {
  const quantity = pack.topic.statusQuantity;
  if (!quantity) return null;
  const known = pack.figures
    .filter(
      (f) =>
        f.quantity === quantity &&
        f.asOf <= date.slice(0, f.asOf.length) &&
        f.asOf >= since.slice(0, f.asOf.length),
    )
    // Latest first; of equally recent ones, the earliest publication (001 before its copy 002).
    .sort((a, b) => b.asOf.localeCompare(a.asOf) || (a.seed ?? '~').localeCompare(b.seed ?? '~'));
  return known[0] ?? null;
}

function citedRecords(pack: TopicPack, status: StatusAtView[]): Record<string, RecordSource> {
  const ids = new Set([
    ...pack.topic.summaryRecords,
    ...status.flatMap((s) => s.status.sources.map((r) => r.id)),
    ...pack.figures.flatMap((f) => f.records ?? []),
  ]);
  const out: Record<string, RecordSource> = {};
  for (const r of pack.records) if (ids.has(r.id)) out[r.id] = r;
  return out;
}

function mentionContext(corpus: CorpusIndex, passage: string, figureDate: string | null): MentionContext {
  const { pack } = corpus;
  const rankedFacts = rankFacts(passage, pack, MAX_FACTS);
  const sources = rankRelatedSources(passage, pack)
    .filter((r) => r.score > 0)
    .slice(0, MAX_SOURCES)
    .map((r) => r.seed);
  // Small numbers that no curated figure is about ("two officials") are noise, not checks.
  const figureChecks: FigureCheckView[] = checkFigures(passage, figureDate, pack)
    .filter((c) => c.quantity !== null || c.value >= 10)
    .map((c) => ({
      raw: c.raw,
      value: c.value,
      qualifier: c.qualifier,
      quantity: c.quantity,
      verdict: c.verdict,
      reason: c.reason,
      series: c.series,
    }));
  const quantities = new Set(figureChecks.map((c) => c.quantity).filter((q): q is string => q !== null));
  const rankedRelations = rankRelations(passage, pack, MAX_RELATIONS, quantities);
  const ranked = [
    ...rankedFacts.map((r) => ({ type: 'fact' as const, id: r.fact.id, score: r.score })),
    ...rankedRelations.map((r) => ({ type: 'relation' as const, id: r.relation.id, score: r.score })),
  ]
    .sort((a, b) => b.score - a.score)
    .map(({ type, id }) => ({ type, id }));
  return {
    facts: rankedFacts.map((r) => r.fact.id),
    sources,
    figureChecks,
    conflicts: rankedRelations.map((r) => r.relation.id),
    ranked,
  };
}

/**
 * The page's date against the events it reports: those of the seed the page is, or else of the
 * seed it copies most. Without either, the events of an arbitrary page are not known well enough
 * to accuse its date.
 */
function dateCheck(
  corpus: CorpusIndex,
  pageDate: string | null,
  copied: CopiedPassageView[],
  identity: PageIdentityView | null,
): DateCheckView | null {
  let seed = identity?.seed;
  if (!seed) {
    if (copied.length === 0) return null;
    const coverage = new Map<string, number>();
    for (const p of copied) coverage.set(p.seed, (coverage.get(p.seed) ?? 0) + (p.pageEnd - p.pageStart));
    seed = [...coverage].sort((a, b) => b[1] - a[1])[0]![0];
  }
  const src = corpus.sources[seed];
  if (!src) return null;
  if (!pageDate) {
    return {
      pageDate: null,
      eventsDate: src.eventsDate,
      disagrees: false,
      predates: false,
      seed,
      evidence: src.eventsDateEvidence.quote,
    };
  }
  // Well after the events (a re-dated copy), or before them (a date that cannot be right).
  const { disagrees, gapDays } = compareDates(pageDate, src.eventsDate, MISDATE_DAYS);
  const predates = disagrees && gapDays < 0;
  return {
    pageDate,
    eventsDate: src.eventsDate,
    disagrees,
    seed,
    evidence: src.eventsDateEvidence.quote,
    predates,
  };
}
