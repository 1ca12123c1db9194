/**
 * Re-anchors a page's notes with bounded work: the background does this on every load of a page
 * with notes, and both the page text and the notes (an imported file) may be hostile. Each cap
 * keeps the work per page small whatever comes in; what is left when the time budget runs out is
 * reported as deferred (tried again on the next load), never as an orphan.
 */
import { anchor } from './anchor';
import type { TextQuoteSelector, TextSelector } from './selectors';

/** Page text anchored against (the content script sends no more). */
export const MAX_ANCHOR_TEXT = 1_000_000;
/** Notes anchored per page and load. */
export const MAX_ANCHORED_NOTES = 300;
/** Characters of a quote's prefix and suffix that count (as Hypothesis stores, and then some). */
export const MAX_CONTEXT = 64;
/** Milliseconds of anchoring per page and load. */
export const ANCHOR_BUDGET_MS = 500;

export interface NoteToAnchor<V> {
  id: string;
  verdict: V;
  selectors: readonly TextSelector[];
}

export interface AnchorResult<V> {
  anchored: Array<{ id: string; verdict: V; start: number; end: number }>;
  orphans: string[];
  /** Not tried within the caps: neither anchored nor orphaned. */
  deferred: string[];
}

function trimContexts(selectors: readonly TextSelector[]): TextSelector[] {
  return selectors.map((s) => {
    if (s.type !== 'TextQuoteSelector') return s;
    const q: TextQuoteSelector = { ...(s as TextQuoteSelector) };
    if (q.prefix !== undefined) q.prefix = q.prefix.slice(-MAX_CONTEXT);
    if (q.suffix !== undefined) q.suffix = q.suffix.slice(0, MAX_CONTEXT);
    return q;
  });
}

export function anchorNotes<V>(
  pageText: string,
  notes: readonly NoteToAnchor<V>[],
  now: () => number = () => performance.now(),
): AnchorResult<V> {
  const text = pageText.slice(0, MAX_ANCHOR_TEXT);
  const out: AnchorResult<V> = { anchored: [], orphans: [], deferred: [] };
  const deadline = now() + ANCHOR_BUDGET_MS;
  for (const [i, note] of notes.entries()) {
    if (note.selectors.length === 0) continue; // a note on a curated fact alone has no passage
    if (i >= MAX_ANCHORED_NOTES || now() > deadline) {
      out.deferred.push(note.id);
      continue;
    }
    const hit = anchor(text, trimContexts(note.selectors));
    if (hit) out.anchored.push({ id: note.id, verdict: note.verdict, start: hit.start, end: hit.end });
    else out.orphans.push(note.id);
  }
  return out;
}
