/**
 * Re-finds a stored passage in the current page text: the stored position if the text there
 * is unchanged, else the quote (the best of its occurrences, judged by the text around it and
 * closeness to the old position), else an approximate match tolerating small edits. Returns
 * null when the passage is gone, so the caller can list the note as an orphan.
 */
import { boundedDistance, findApproximate } from './approximate';
import type { PassageSelectors, TextPositionSelector, TextQuoteSelector, TextSelector } from './selectors';

export interface Anchored {
  start: number;
  end: number;
  /** True when text[start, end) is the quote itself. */
  exact: boolean;
}

export interface AnchorOptions {
  /** Share of the quote's length that may be edited and still anchor (default 0.2). */
  maxErrorRate?: number;
}

const WEIGHT = { quote: 50, prefix: 20, suffix: 20, position: 2 };
/** Longest quote searched whole; longer ones are found by their head and tail. */
const WHOLE_SEARCH_MAX = 256;
const HEAD_TAIL = 128;
/** Cap on exact occurrences scored (a quote like "the" can occur thousands of times). */
const OCCURRENCE_LIMIT = 1000;

function selectorsOf(selectors: PassageSelectors | readonly TextSelector[]): {
  quote?: TextQuoteSelector;
  position?: TextPositionSelector;
} {
  if (!Array.isArray(selectors)) return selectors as PassageSelectors;
  const list = selectors as readonly TextSelector[];
  return {
    quote: list.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector'),
    position: list.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector'),
  };
}

/** How much of `context` is found at the edge of the text next to a candidate, 0..1. */
function contextScore(found: string, context: string, side: 'before' | 'after'): number {
  if (context.length === 0) return 1;
  const max = Math.ceil(context.length / 2);
  const d = boundedDistance(found, context, max);
  if (d <= max) return 1 - d / context.length;
  // Far apart as whole strings: credit the characters that still agree next to the quote.
  let n = 0;
  if (side === 'before') {
    while (
      n < found.length &&
      n < context.length &&
      found[found.length - 1 - n] === context[context.length - 1 - n]
    )
      n++;
  } else {
    while (n < found.length && n < context.length && found[n] === context[n]) n++;
  }
  return n / context.length;
}

interface Scores {
  quote: number;
  prefix: number;
  suffix: number;
  position: number;
}

function scores(
  text: string,
  start: number,
  end: number,
  errors: number,
  quote: TextQuoteSelector,
  hint: number | undefined,
): Scores {
  const prefix = quote.prefix ?? '';
  const suffix = quote.suffix ?? '';
  return {
    quote: 1 - errors / Math.max(1, quote.exact.length),
    prefix: contextScore(text.slice(Math.max(0, start - prefix.length), start), prefix, 'before'),
    suffix: contextScore(text.slice(end, end + suffix.length), suffix, 'after'),
    position: hint === undefined ? 1 : 1 - Math.min(1, Math.abs(start - hint) / Math.max(1, text.length)),
  };
}

function total(s: Scores): number {
  return (
    WEIGHT.quote * s.quote +
    WEIGHT.prefix * s.prefix +
    WEIGHT.suffix * s.suffix +
    WEIGHT.position * s.position
  );
}

function exactOccurrences(text: string, exact: string): number[] {
  const out: number[] = [];
  for (
    let i = text.indexOf(exact);
    i !== -1 && out.length < OCCURRENCE_LIMIT;
    i = text.indexOf(exact, i + 1)
  ) {
    out.push(i);
  }
  return out;
}

interface Candidate {
  start: number;
  end: number;
  errors: number;
}

function approximateCandidates(text: string, exact: string, maxErrors: number): Candidate[] {
  if (exact.length <= WHOLE_SEARCH_MAX) return findApproximate(text, exact, maxErrors);
  // A long passage: find its head and tail, pair them at about the right distance, and check
  // the whole span with a banded edit distance.
  const head = exact.slice(0, HEAD_TAIL);
  const tail = exact.slice(-HEAD_TAIL);
  const partErrors = Math.floor(HEAD_TAIL * (maxErrors / exact.length));
  const heads = findApproximate(text, head, partErrors);
  const tails = findApproximate(text, tail, partErrors);
  const out: Candidate[] = [];
  for (const h of heads) {
    for (const t of tails) {
      const length = t.end - h.start;
      if (t.start < h.start || Math.abs(length - exact.length) > maxErrors) continue;
      const errors = boundedDistance(exact, text.slice(h.start, t.end), maxErrors);
      if (errors <= maxErrors) out.push({ start: h.start, end: t.end, errors });
    }
  }
  return out;
}

export function anchor(
  text: string,
  selectors: PassageSelectors | readonly TextSelector[],
  options: AnchorOptions = {},
): Anchored | null {
  const { quote, position } = selectorsOf(selectors);
  if (!quote || quote.exact.length === 0) return null;
  const exact = quote.exact;

  if (position && text.slice(position.start, position.end) === exact) {
    return { start: position.start, end: position.end, exact: true };
  }
  const hint = position?.start;

  const occurrences = exactOccurrences(text, exact);
  if (occurrences.length > 0) {
    let best = occurrences[0]!;
    let bestScore = -Infinity;
    for (const start of occurrences) {
      const s = total(scores(text, start, start + exact.length, 0, quote, hint));
      if (s > bestScore) {
        bestScore = s;
        best = start;
      }
    }
    return { start: best, end: best + exact.length, exact: true };
  }

  const maxErrors = Math.floor(exact.length * (options.maxErrorRate ?? 0.2));
  if (maxErrors === 0) return null;
  let best: Candidate | null = null;
  let bestScore = -Infinity;
  for (const c of approximateCandidates(text, exact, maxErrors)) {
    const parts = scores(text, c.start, c.end, c.errors, quote, hint);
    // A short quote with a few edits can occur by chance: ask its context to agree too.
    if (exact.length < 32 && (parts.prefix + parts.suffix) / 2 < 0.5) continue;
    const s = total(parts);
    if (s > bestScore) {
      bestScore = s;
      best = c;
    }
  }
  return best ? { start: best.start, end: best.end, exact: false } : null;
}
