/**
 * Approximate substring search: every place where `pattern` occurs in `text` with at most
 * `maxErrors` insertions, deletions or substitutions. Bit-parallel over 32-bit words
 * (Myers 1999, with Hyyrö's carrying of horizontal deltas between words), so a 256-character
 * quote costs eight word operations per text character instead of 256 table cells.
 * Own code, not approx-string-match (Hypothesis's): that library returns only the lowest-cost
 * matches, and anchoring needs every place within the threshold so the context can choose (with
 * it, anchor.test.ts's "agrees with the dynamic-programming definition" fails).
 */

export interface ApproximateMatch {
  start: number;
  end: number;
  errors: number;
}

const ALL_ONES = -1;

/** Ends (exclusive) of best-scoring alignments, one per run of adjacent ends. */
function searchEnds(
  text: string,
  pattern: string,
  maxErrors: number,
): Array<{ end: number; errors: number }> {
  const m = pattern.length;
  const words = Math.ceil(m / 32);
  const lastBit = 1 << ((m - 1) & 31);
  // For each character of the pattern, the bit positions where it occurs.
  const peq = new Map<number, Int32Array>();
  for (let i = 0; i < m; i++) {
    const c = pattern.charCodeAt(i);
    let v = peq.get(c);
    if (!v) peq.set(c, (v = new Int32Array(words)));
    v[i >> 5]! |= 1 << (i & 31);
  }
  const none = new Int32Array(words);
  const pv = new Int32Array(words).fill(ALL_ONES);
  const mv = new Int32Array(words);
  let score = m;
  const out: Array<{ end: number; errors: number }> = [];
  let runBest: { end: number; errors: number } | null = null;

  for (let j = 0; j < text.length; j++) {
    const eqs = peq.get(text.charCodeAt(j)) ?? none;
    // The top row of the table is all zeros: a match may start anywhere.
    let hin = 0;
    for (let w = 0; w < words; w++) {
      let eq = eqs[w]!;
      const p = pv[w]!;
      const n = mv[w]!;
      if (hin < 0) eq |= 1;
      const xv = eq | n;
      const xh = ((((eq & p) + p) | 0) ^ p) | eq;
      let ph = n | ~(xh | p);
      let mh = p & xh;
      const top = w === words - 1 ? lastBit : 1 << 31;
      const hout = ph & top ? 1 : mh & top ? -1 : 0;
      ph = (ph << 1) | (hin > 0 ? 1 : 0);
      mh = (mh << 1) | (hin < 0 ? 1 : 0);
      pv[w] = mh | ~(xv | ph);
      mv[w] = ph & xv;
      hin = hout;
    }
    score += hin;
    if (score <= maxErrors) {
      if (!runBest || score < runBest.errors) runBest = { end: j + 1, errors: score };
    } else if (runBest) {
      out.push(runBest);
      runBest = null;
    }
  }
  if (runBest) out.push(runBest);
  return out;
}

/**
 * Where the best alignment of `pattern` ending at `end` starts: edit distances of the
 * reversed pattern against the text read backwards from `end`, for every length at once.
 */
function startFor(text: string, pattern: string, end: number, maxErrors: number): number {
  const m = pattern.length;
  const maxLen = Math.min(end, m + maxErrors);
  // prev[i]: distance between the last i pattern characters and the current text suffix.
  let prev = new Int32Array(m + 1);
  let cur = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) prev[i] = i;
  let bestLen = 0;
  let best = prev[m]!;
  for (let len = 1; len <= maxLen; len++) {
    const c = text.charCodeAt(end - len);
    cur[0] = len;
    for (let i = 1; i <= m; i++) {
      const sub = prev[i - 1]! + (pattern.charCodeAt(m - i) === c ? 0 : 1);
      cur[i] = Math.min(sub, prev[i]! + 1, cur[i - 1]! + 1);
    }
    // Ties go to the length closest to the pattern's.
    if (cur[m]! < best || (cur[m] === best && Math.abs(len - m) < Math.abs(bestLen - m))) {
      best = cur[m]!;
      bestLen = len;
    }
    [prev, cur] = [cur, prev];
  }
  return end - bestLen;
}

/** All approximate occurrences, best alignment per neighbourhood, in text order. */
export function findApproximate(
  text: string,
  pattern: string,
  maxErrors: number,
  limit = 64,
): ApproximateMatch[] {
  if (pattern.length === 0 || text.length === 0) return [];
  let ends = searchEnds(text, pattern, maxErrors);
  if (ends.length > limit)
    ends = [...ends]
      .sort((a, b) => a.errors - b.errors)
      .slice(0, limit)
      .sort((a, b) => a.end - b.end);
  return ends.map(({ end, errors }) => ({ start: startFor(text, pattern, end, maxErrors), end, errors }));
}

/**
 * Levenshtein distance of a and b, or max + 1 once it surely exceeds max (only a band of
 * width 2·max around the diagonal is computed).
 */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  const big = max + 1;
  let prev = new Int32Array(n + 1);
  let cur = new Int32Array(n + 1);
  for (let j = 0; j <= n; j++) prev[j] = j <= max ? j : big;
  for (let i = 1; i <= a.length; i++) {
    const lo = Math.max(1, i - max);
    const hi = Math.min(n, i + max);
    cur.fill(big);
    cur[0] = i <= max ? i : big;
    let rowMin = cur[0]!;
    const c = a.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      const v = Math.min(prev[j - 1]! + (b.charCodeAt(j - 1) === c ? 0 : 1), prev[j]! + 1, cur[j - 1]! + 1);
      cur[j] = v > big ? big : v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return big;
    [prev, cur] = [cur, prev];
  }
  return Math.min(prev[n]!, big);
}
