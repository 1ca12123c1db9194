import { pivotSource, stripIgnorable } from './pivot-template';

/**
 * The content script's test of page text, both stages superset tests, cheapest first. Anchors
 * (prefilter.ts): every alias the detector can find holds one; their classes list every case
 * variant, so lower-cased text needs neither the i nor the u flag. Most news has one ("remain",
 * "protection", "Mexico"), so where an anchor appears the pivot regex (pivot.ts, the reader's own
 * first step) decides, in its gapless form over the text without ignorables, which compiles in
 * half the time. Each regex is compiled on first need.
 */
export function createMayMention(anchors: string | null, pivotTemplate: string): (text: string) => boolean {
  let anchorRe: RegExp | null = null;
  let pivotRe: RegExp | null = null;
  return (text) => {
    if (anchors !== null && !(anchorRe ??= new RegExp(anchors)).test(text.toLowerCase())) return false;
    return (pivotRe ??= new RegExp(pivotSource(pivotTemplate, 'gate'))).test(stripIgnorable(text));
  };
}
