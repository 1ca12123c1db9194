/**
 * Everything the reader needs about one page, computed in the background from the curated pack
 * and the page's text: per-mention facts, related articles, conflicts and figure checks; the
 * page's copied passages and whether its date fits the events it reports.
 */
import type {
  CopiedPassageView,
  DateCheckView,
  FigureCheckView,
  MentionContext,
  PageContext,
  PrefetchRequest,
  SourceView,
} from '../messaging/contract';
import type { Conflict, TopicPack } from '../topic/schema';
import { rankRelatedSources } from '../search/related';
import { rankFacts } from '../search/rank-facts';
import { checkFigures } from '../figures/check';
import { compareDates, pickPageDate } from '../page/date';
import { computeCopies, findCopiedPassages, type SeedShingleIndex } from '../copy/shingles';

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
const MAX_SOURCES = 3;
/** A page date this many days after the events it reports is worth a warning (copies, re-dated reposts). */
const MISDATE_DAYS = 183;

export function buildPageContext(corpus: CorpusIndex, req: PrefetchRequest): PageContext {
  const { pack } = corpus;
  const pageDateInfo = pickPageDate(req.dateCandidates);
  const pageDate = pageDateInfo?.date ?? null;
  const mentions = req.passages.map((p) => mentionContext(corpus, p, pageDate));
  const facts: PageContext['facts'] = {};
  for (const m of mentions) for (const id of m.facts) facts[id] = pack.facts.find((f) => f.id === id)!;
  const copiedPassages: CopiedPassageView[] = findCopiedPassages(req.text, corpus.seeds);
  return {
    topic: {
      id: pack.topic.id,
      name: pack.topic.name,
      nameEs: pack.topic.nameEs,
      summary: pack.topic.summary,
      summaryEs: pack.topic.summaryEs,
    },
    mentions,
    facts,
    figures: pack.figures,
    conflicts: pack.conflicts,
    sources: corpus.sources,
    copiedPassages,
    pageDate: pageDateInfo,
    dateCheck: dateCheck(corpus, pageDate, copiedPassages),
  };
}

function mentionContext(corpus: CorpusIndex, passage: string, pageDate: string | null): MentionContext {
  const { pack } = corpus;
  const facts = rankFacts(passage, pack, MAX_FACTS).map((r) => r.fact.id);
  const sources = rankRelatedSources(passage, pack)
    .filter((r) => r.score > 0)
    .slice(0, MAX_SOURCES)
    .map((r) => r.seed);
  // Small numbers that no curated figure is about ("two officials") are noise, not checks.
  const figureChecks: FigureCheckView[] = checkFigures(passage, pageDate, pack)
    .filter((c) => c.quantity !== null || c.value >= 10)
    .map((c) => ({
      raw: c.raw,
      value: c.value,
      qualifier: c.qualifier,
      quantity: c.quantity,
      verdict: c.verdict,
      explanation: c.explanation,
      reason: c.reason,
      series: c.series,
    }));
  return { facts, sources, figureChecks, conflicts: relevantConflicts(pack, facts, figureChecks, sources) };
}

/**
 * Conflicts touching the passage: those naming one of its facts or a figure of a quantity it
 * states; a figure series always qualifies when the passage quotes a number of that quantity,
 * since one number alone misleads.
 */
function relevantConflicts(
  pack: TopicPack,
  facts: string[],
  checks: FigureCheckView[],
  sources: string[],
): string[] {
  const quantities = new Set(checks.map((c) => c.quantity).filter((q): q is string => q !== null));
  const figureIds = new Set(pack.figures.filter((f) => quantities.has(f.quantity)).map((f) => f.id));
  const factSet = new Set(facts);
  const score = (c: Conflict) => {
    let s = 0;
    for (const m of c.members) {
      if (figureIds.has(m)) s += 3;
      if (factSet.has(m)) s += 2 - facts.indexOf(m) * 0.1;
      if (sources.includes(m)) s += 0.5;
    }
    return s;
  };
  return pack.conflicts
    .map((c) => ({ id: c.id, s: score(c) }))
    .filter((x) => x.s > 0)
    .sort((a, b) => b.s - a.s)
    .map((x) => x.id);
}

/**
 * The page's date against the events of the seed it copies most. Without a copied passage the
 * events of an arbitrary page are not known well enough to accuse its date.
 */
function dateCheck(
  corpus: CorpusIndex,
  pageDate: string | null,
  copied: CopiedPassageView[],
): DateCheckView | null {
  if (copied.length === 0) return null;
  const coverage = new Map<string, number>();
  for (const p of copied) coverage.set(p.seed, (coverage.get(p.seed) ?? 0) + (p.pageEnd - p.pageStart));
  const [seed] = [...coverage].sort((a, b) => b[1] - a[1])[0]!;
  const src = corpus.sources[seed];
  if (!src) return null;
  const outlet = src.outlet ?? src.title;
  if (!pageDate) {
    return {
      pageDate: null,
      eventsDate: src.eventsDate,
      disagrees: false,
      predates: false,
      seed,
      evidence: src.eventsDateEvidence.quote,
      explanation: `This page shows no date; its text matches ${seed.slice(0, 3)} (${outlet}), which reports events of ${src.eventsDate}.`,
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
    explanation: predates
      ? `This page is dated ${pageDate}, before the events its text reports: it matches ${seed.slice(0, 3)} (${outlet}), which reports events of ${src.eventsDate}: “${src.eventsDateEvidence.quote}”. A page cannot report what had not happened yet.`
      : disagrees
        ? `This page is dated ${pageDate}, but its text matches ${seed.slice(0, 3)} (${outlet}), which reports events of ${src.eventsDate}: “${src.eventsDateEvidence.quote}”. Time words such as “last month” point at ${src.eventsDate}, not at the page date.`
        : `The page date ${pageDate} fits the events it reports (${src.eventsDate}).`,
  };
}
