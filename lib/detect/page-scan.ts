/**
 * Mentions under roots of a live page, for the content script: the same hits scanRoot finds on
 * the whole document (the same matcher, the same block-joined text, the same votes), at a
 * fraction of the cost. scanRoot walks every node in JavaScript and folds every block that could
 * hold an alias; here the browser's own TreeWalker collects the text, the pivot regexes
 * (pivot.ts, one per pivot) find where an alias may be, and only the blocks around those places are walked,
 * joined and given to the matcher, all in one call so that page-wide votes and established
 * topics are those of the page.
 *
 * Offsets in the hits are relative to the joined text of the blocks scanned: for highlighting,
 * not for storing (as scanRoot on an element alone). Layout-dependent hiding is not judged here;
 * callers drop hits in hidden elements once the page has been styled (PageMentions.pruneHidden).
 */
import type { Matcher } from './matcher-core';
import { hitOf, type ScanHit } from './scan-root';
import { outermost } from './outermost';
import { SKIP_TAGS, blockOf, visibleText, type VisibleText } from './visible-text';
import type { PivotChoice } from './pivot-template';

export interface PageScanOptions {
  /** Topic ids established earlier on the page (when scanning added content). */
  established?: ReadonlySet<string>;
  /** When given, receives the milliseconds each step took (the benchmark's breakdown). */
  timings?: Record<string, number>;
  /**
   * When given, receives each batch's hits as soon as it is judged, in document order, so a
   * reader can paint the top of a long page before the rest is scanned. They are provisional:
   * a batch is judged again when a later one establishes a topic, and the scan's result is what
   * counts.
   */
  onBatch?: (hits: readonly ScanHit[]) => void;
}

const SHOW_TEXT = 4;

/** The visible texts of several disjoint elements as one, blocks of different elements apart. */
function joinVisibleTexts(parts: readonly VisibleText[]): VisibleText {
  const nodes: Text[] = [];
  const starts: number[] = [];
  const breaks: number[] = [];
  const texts: string[] = [];
  let pos = 0;
  for (const vt of parts) {
    if (vt.text.length === 0) continue;
    if (pos > 0) {
      texts.push('\n');
      breaks.push(pos);
      pos++;
    }
    for (let i = 0; i < vt.nodes.length; i++) {
      nodes.push(vt.nodes[i]!);
      starts.push(vt.starts[i]! + pos);
    }
    for (const b of vt.breaks) breaks.push(b + pos);
    texts.push(vt.text);
    pos += vt.text.length;
  }
  return { text: texts.join(''), nodes, starts, breaks };
}

function inside(node: Node, roots: ReadonlySet<Node>): boolean {
  for (let n: Node | null = node; n; n = n.parentNode) if (roots.has(n)) return true;
  return false;
}

/**
 * Text nodes collected between two pauses, and text handed to the matcher in one call. Sized
 * so that no step of a 1 MB page's scan takes more than about 15 ms (traced with 200 mentions:
 * steps of 1 to 15 ms; with 4096 nodes and 40,000 characters the longest task was 26 ms).
 */
const NODES_PER_STEP = 2048;
export const MATCH_CHARS = 12_000;

/**
 * The scan as steps: it yields between pieces of work of a few milliseconds each (text nodes
 * in runs, the blocks in batches of MATCH_CHARS), so a caller can give the page its turn on a
 * large page; `hits` fills in document order. Blocks are judged in batches: page-wide votes are
 * those of the batch, and topics established in a later batch make earlier batches be judged
 * again, so short forms before the page's first name are not lost.
 */
function* scanSteps(
  roots: readonly Element[],
  matcher: Matcher,
  pivots: PivotChoice,
  opts: PageScanOptions,
  hits: ScanHit[],
): Generator<void, void, void> {
  const doc = roots[0]?.ownerDocument;
  if (!doc) return;
  const timings = opts.timings;
  let last = timings ? performance.now() : 0;
  const lap = (step: string) => {
    if (!timings) return;
    const t = performance.now();
    timings[step] = (timings[step] ?? 0) + t - last;
    last = t;
  };
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let pos = 0;
  for (const root of roots) {
    const walker = doc.createTreeWalker(root, SHOW_TEXT);
    let k = 0;
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      const data = n.data;
      nodes.push(n);
      starts.push(pos);
      parts.push(data);
      pos += data.length;
      if (++k % NODES_PER_STEP === 0) yield;
    }
    // Nothing matches across roots: NUL is no letter, no space, and never folded away.
    parts.push('\u0000');
    pos++;
  }
  const text = parts.join('');
  lap('collect text');
  yield;

  // Blocks around pivot hits, each once, in document order.
  const at: number[] = [];
  const regexes = pivots(text);
  for (const pivot of regexes) {
    pivot.lastIndex = 0;
    // From the next character, not the hit's end: the Latin-1 pivot's hit is a whole alias, and
    // one that runs on into the next block must not hide an alias starting inside it.
    for (let m = pivot.exec(text); m; m = pivot.exec(text)) {
      at.push(m.index);
      pivot.lastIndex = m.index + 1;
    }
  }
  if (regexes.length > 1) at.sort((a, b) => a - b);
  const blocks: Element[] = [];
  const seen = new Set<Element>();
  let i = 0;
  for (const index of at) {
    while (i + 1 < starts.length && starts[i + 1]! <= index) i++;
    const node = nodes[i]!;
    const parent = node.parentElement;
    if (!parent || SKIP_TAGS.has(parent.localName)) continue;
    const block = blockOf(node, doc.documentElement);
    if (!seen.has(block)) {
      seen.add(block);
      blocks.push(block);
    }
  }
  lap('pivot regex and blocks');
  if (blocks.length === 0) return;
  yield;
  // A block inside another one is scanned with it.
  const outer = outermost(blocks);
  // A block can reach outside the roots (an <em> added inside a paragraph): keep their hits only.
  const rootSet = new Set<Node>(roots);
  const wide = outer.some((el) => !inside(el, rootSet));

  const established = new Set(opts.established ?? []);
  const batches: Array<{ vt: VisibleText; hits: ScanHit[]; establishedSize: number }> = [];
  const judge = (vt: VisibleText): ScanHit[] => {
    const matches = matcher.match(vt.text, { breaks: vt.breaks, established, prefiltered: true });
    lap('matcher.match');
    const out: ScanHit[] = [];
    for (const m of matches) {
      const hit = hitOf(vt, m);
      if (hit && !(wide && !inside(hit.startNode, rootSet))) out.push(hit);
    }
    lap('DOM points');
    return out;
  };
  for (let b = 0; b < outer.length;) {
    const texts: VisibleText[] = [];
    let size = 0;
    while (b < outer.length && (texts.length === 0 || size < MATCH_CHARS)) {
      const vt = visibleText(outer[b++]!);
      texts.push(vt);
      size += vt.text.length;
    }
    const vt = joinVisibleTexts(texts);
    lap('visibleText of blocks');
    if (vt.text.length === 0) continue;
    const found = judge(vt);
    for (const h of found) if (h.establishes) established.add(h.topic);
    // What the batch established itself, the matcher already counted when judging it.
    batches.push({ vt, hits: found, establishedSize: established.size });
    if (found.length) opts.onBatch?.(found);
    if (b < outer.length) yield;
  }
  for (const batch of batches) {
    if (batch.establishedSize < established.size) {
      batch.hits = judge(batch.vt);
      yield;
    }
    hits.push(...batch.hits);
  }
}

/**
 * Scans `roots` (disjoint elements of one document: the body, or the roots of a batch of added
 * content) and returns their hits in document order. `pivots` gives the pivot regexes for a text
 * (pivot-template.ts choosePivots, of the template buildPivotTemplate gives for the matcher's topics).
 */
export function scanPage(
  roots: readonly Element[],
  matcher: Matcher,
  pivots: PivotChoice,
  opts: PageScanOptions = {},
): ScanHit[] {
  const hits: ScanHit[] = [];
  const steps = scanSteps(roots, matcher, pivots, opts, hits);
  while (!steps.next().done);
  return hits;
}

/**
 * scanPage in slices: `pause` is awaited between steps and returns true to abandon the scan
 * (superseded, aborted); the result is then null.
 */
export async function scanPageSliced(
  roots: readonly Element[],
  matcher: Matcher,
  pivots: PivotChoice,
  pause: () => Promise<boolean>,
  opts: PageScanOptions = {},
): Promise<ScanHit[] | null> {
  const hits: ScanHit[] = [];
  const steps = scanSteps(roots, matcher, pivots, opts, hits);
  while (!steps.next().done) if (await pause()) return null;
  return hits;
}
