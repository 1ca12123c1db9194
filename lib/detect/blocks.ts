/**
 * Blocks of a text (paragraphs: the reader joins them with hard breaks), folded block by block,
 * and the nearest cue to a hit within its block: the matcher's (matcher.ts) view of a page.
 */
import { FoldBuilder, type Folded } from '../text/fold';
import type { Span } from './terms';

/** Block boundaries of `text`: the given break offsets, or every "\n". */
export function blockFinder(text: string, breaks: readonly number[] | undefined): (i: number) => Span {
  if (!breaks) {
    return (i) => {
      const end = text.indexOf('\n', i);
      return { start: text.lastIndexOf('\n', i - 1) + 1, end: end === -1 ? text.length : end };
    };
  }
  return (i) => blockAround(breaks, i, text.length);
}

/** The block holding offset `i` of a text of `length` cut at the sorted `breaks`; a break at i itself ends the block before it. */
export function blockAround(breaks: readonly number[], i: number, length: number): Span {
  let lo = 0;
  let hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (breaks[mid]! < i) lo = mid + 1;
    else hi = mid;
  }
  return { start: lo > 0 ? breaks[lo - 1]! + 1 : 0, end: lo < breaks.length ? breaks[lo]! : length };
}

export function allBlocks(text: string, breaks: readonly number[] | undefined): Span[] {
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
export function foldBlocks(text: string, blocks: readonly Span[]): Folded {
  let size = 16;
  for (const b of blocks) size += b.end - b.start + 1;
  const builder = new FoldBuilder(size);
  for (const b of blocks) builder.append(text, b.start, b.end).hardBreak(b.end);
  return builder.finish(text.length);
}

export function hardBreaks(folded: string): number[] {
  const out: number[] = [];
  for (let at = folded.indexOf('\n'); at !== -1; at = folded.indexOf('\n', at + 1)) out.push(at);
  return out;
}

/**
 * Distance in folded characters from `c` to the nearest span inside `block` and within
 * `windowSize`; Infinity if none.
 */
export function nearest(spans: readonly Span[], c: Span, block: Span, windowSize: number): number {
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
