/**
 * The speed budgets, as ratios measured in one run (issue 12), each named. Timings never gate CI
 * (this machine is noisy); `npm run bench` without --report exits 1 when one is missed.
 */
export interface Row {
  page: string;
  about: string;
  mentions: boolean;
  project: { ms: number; longest: number; highlights: number; first: number | null };
  floor: number;
  gate: number;
  markjs: number;
  /** The reference that loads a minimal reader on demand (references.ts): this design's floor. */
  lazy: { ms: number; first: number | null };
}

export interface Verdict {
  measure: string;
  ok: boolean;
  detail: string;
}

const BUDGETS = {
  /** Pages without an alias: at most this many times the minimal gate. */
  noAliasOverGate: 1.5,
  /** No task of the extension longer than this on the 1 MB pages (ms). */
  longestTask: 50,
  /** The naive mark.js extension costs at least this many times what this one does. */
  markjsOverProject: 2.5,
  /** First highlight on the 1,500-word article within this many ms of DOMContentLoaded. */
  firstHighlight: 100,
};

/**
 * A first highlight's median as text: 'none' when a load had none (the median is then infinite).
 * The table prints it too (main.ts).
 */
export const highlightTime = (ms: number, digits = 0) =>
  Number.isFinite(ms) ? `${ms.toFixed(digits)} ms` : 'none';
const when = (ms: number | null) => (ms === null ? 'none' : highlightTime(ms));

export function judge(rows: Row[]): Verdict[] {
  const by = (page: string) => rows.find((r) => r.page === page)!;
  const out: Verdict[] = [];
  for (const page of ['article-none', 'big-none']) {
    const r = by(page);
    const ratio = r.project.ms / r.gate;
    out.push({
      measure: `no-alias cost, ${r.about}`,
      ok: ratio <= BUDGETS.noAliasOverGate,
      detail: `${ratio.toFixed(2)}x the minimal gate (budget ≤ ${BUDGETS.noAliasOverGate}x)`,
    });
  }
  for (const page of ['big-200', 'big-none']) {
    const r = by(page);
    out.push({
      measure: `longest task, ${r.about}`,
      ok: r.project.longest <= BUDGETS.longestTask,
      detail: `${r.project.longest.toFixed(1)} ms (budget ≤ ${BUDGETS.longestTask} ms; goal 16)`,
    });
  }
  for (const page of ['article-5', 'big-200']) {
    const r = by(page);
    const ratio = r.markjs / r.project.ms;
    out.push({
      measure: `against mark.js, ${r.about}`,
      ok: ratio >= BUDGETS.markjsOverProject,
      detail: `mark.js costs ${ratio.toFixed(2)}x this extension (budget ≥ ${BUDGETS.markjsOverProject}x; ${(r.markjs / r.lazy.ms).toFixed(2)}x the lazy reference)`,
    });
  }
  const article = by('article-5');
  const first = article.project.first;
  const floor = article.lazy.first;
  out.push({
    measure: 'first highlight, 1,500-word article',
    ok: first !== null && first <= BUDGETS.firstHighlight,
    detail: `${when(first)} after DOMContentLoaded (budget ≤ ${BUDGETS.firstHighlight} ms; goal 50; the lazy reference ${when(floor)})`,
  });
  const changing = by('changing');
  out.push({
    measure: 'a page whose text changes every second',
    ok: changing.project.ms <= Math.max(changing.gate * BUDGETS.noAliasOverGate, changing.gate + 2),
    detail: `${changing.project.ms.toFixed(1)} ms against the gate's ${changing.gate.toFixed(1)} ms over the whole watch`,
  });
  return out;
}
