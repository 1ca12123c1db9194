/**
 * Mentions in a DOM, with the DOM points needed to build Ranges: the whole document walked in
 * JavaScript, as the CLI does (linkedom). The content script scans with page-scan.ts, which
 * finds the same hits and builds them with hitOf.
 */
import type { Mention } from '../topic/schema';
import type { AliasKind, Match, Matcher } from './matcher-core';
import { domPoint, visibleText, type VisibleText } from './visible-text';

export interface ScanHit {
  /** start/end are offsets in the block-joined text of the scanned root (see visible-text). */
  mention: Mention;
  /** Same as mention.topic, at the top level for the reader's hit lists. */
  topic: string;
  kind: AliasKind;
  /** See Match.establishes: collect these topic ids for later subtree scans. */
  establishes: boolean;
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
}

export interface ScanOptions {
  /**
   * Layout-aware visibility check (getComputedStyle/checkVisibility). Called only for the
   * parent elements of hits, once each, never during the walk.
   */
  isHidden?: (el: Element) => boolean;
  /** Topic ids established earlier on the page; needed when `root` is an added subtree. */
  established?: ReadonlySet<string>;
}

/**
 * Scans a Document, or an Element alone (e.g. a MutationObserver batch): offsets are then
 * relative to that element's own joined text, so they are for highlighting, not for storing.
 */
export function scanRoot(root: Document | Element, matcher: Matcher, opts: ScanOptions = {}): ScanHit[] {
  const vt = visibleText(root);
  if (vt.text.length === 0) return [];
  const matches = matcher.match(vt.text, { breaks: vt.breaks, established: opts.established });
  const hidden = new Map<Element, boolean>();
  const isHidden = (node: Text): boolean => {
    const el = node.parentElement;
    if (!el || !opts.isHidden) return false;
    let h = hidden.get(el);
    if (h === undefined) {
      h = opts.isHidden(el);
      hidden.set(el, h);
    }
    return h;
  };
  const out: ScanHit[] = [];
  for (const m of matches) {
    const hit = hitOf(vt, m);
    if (!hit) continue;
    if (opts.isHidden && (isHidden(hit.startNode) || isHidden(hit.endNode))) continue;
    out.push(hit);
  }
  return out;
}

/** A match in `vt.text` as a hit with its DOM points (null if the text has no node there). */
export function hitOf(vt: VisibleText, m: Match): ScanHit | null {
  const a = domPoint(vt, m.mention.start, 'start');
  const b = domPoint(vt, m.mention.end, 'end');
  if (!a || !b) return null;
  return {
    mention: m.mention,
    topic: m.mention.topic,
    kind: m.kind,
    establishes: m.establishes,
    startNode: a.node,
    startOffset: a.offset,
    endNode: b.node,
    endOffset: b.offset,
  };
}
