/**
 * What every exporter takes besides the notes. Exporters are pure functions of (notes, context):
 * the caller supplies the clock and the curated facts, so the same input always gives the same
 * bytes (which is what makes the round-trip test, and diffing two exports, meaningful).
 */
import type { Fact } from '../topic/schema';
import { positionSelectorOf, type Note } from '../notes/model';
import type { VerdictLang } from '../notes/verdicts';

export interface ExportContext {
  /** ISO date-time stamped into the export. */
  generatedAt: string;
  /** Curated facts, so linked fact ids can be shown with their statement and quote. */
  packFacts?: readonly Fact[];
  /** Page publication dates (ISO), keyed by note pageUrl, where the page stated one. */
  pageDates?: Readonly<Record<string, string>>;
  /** Who published the reviews (ClaimReview author) when a note names no author of its own. */
  reviewer?: { type: 'Organization' | 'Person'; name: string };
  /** Language of verdict labels and headings in human-readable formats. Default 'en'. */
  lang?: VerdictLang;
}

/** Page, then position on the page, then creation, then id: a total order, so output is stable. */
export function sortNotesForExport(notes: readonly Note[]): Note[] {
  return [...notes].sort((a, b) => {
    if (a.pageUrl !== b.pageUrl) return a.pageUrl < b.pageUrl ? -1 : 1;
    const pa = positionSelectorOf(a)?.start ?? Number.POSITIVE_INFINITY;
    const pb = positionSelectorOf(b)?.start ?? Number.POSITIVE_INFINITY;
    if (pa !== pb) return pa < pb ? -1 : 1;
    if (a.created !== b.created) return a.created < b.created ? -1 : 1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}

export function factIndex(context: ExportContext): ReadonlyMap<string, Fact> {
  return new Map((context.packFacts ?? []).map((fact) => [fact.id, fact]));
}
