/**
 * One page load traced from outside (DevTools tracing over CDP): the main-thread time the
 * extension's scripts cost, the longest of its tasks, and when the first highlight appeared.
 * An event is the extension's when it runs script of a chrome-extension:// origin: evaluating or
 * compiling its scripts, calling its functions (event listeners, observers, timers, idle and
 * animation-frame callbacks). Its thread time counts, with whatever it forced inside (style,
 * layout, garbage collection); its wall duration is what a reader feels as a frozen page.
 *
 * Promise continuations and module evaluation carry no script URL in the trace, and neither do
 * the timer, idle and animation-frame events that fire the extension's callbacks (their first
 * nested function call does): an extension that does its work after an `await` (a dynamically
 * imported module, a storage read, a sliced scan, a popover opened after a hover delay) would
 * look free. A callback event whose first call is the extension's counts whole. The bench's
 * pages run no promise or module of their own, so the microtask checkpoints and module
 * evaluations on the extension's thread after its first event count as its own, except in a
 * task where the page's own script ran (the bench's highlight watcher, the changing page's
 * timer).
 */
import type { BrowserContext } from 'playwright-core';

const TOP_LEVEL = new Set([
  'FunctionCall',
  'EvaluateScript',
  'v8.compile',
  'TimerFire',
  'FireIdleCallback',
  'FireAnimationFrame',
  'EventDispatch',
  'RunMicrotasks',
]);

interface TraceEvent {
  name: string;
  pid?: number;
  tid?: number;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { data?: unknown };
}

export interface LoadCost {
  /** Thread milliseconds of the extension's tasks. */
  ms: number;
  /** Wall milliseconds of its longest task. */
  longest: number;
  /** Highlights (CSS Custom Highlight ranges, or <mark> elements) after the load. */
  highlights: number;
  /** Milliseconds from DOMContentLoaded to the first highlight, if any. */
  firstHighlight: number | null;
}

/**
 * Counts highlights from the page's side, from DOMContentLoaded on, frame by frame. A string, not
 * a function: the TypeScript runner would wrap a function's inner functions in helpers the page
 * does not have.
 */
const WATCH_HIGHLIGHTS = `document.addEventListener('DOMContentLoaded', () => {
  const t0 = performance.now();
  const tick = () => {
    let n = 0;
    if (window.CSS && CSS.highlights) for (const h of CSS.highlights.values()) n += h.size;
    if (n > 0 || document.querySelector('mark')) window.__benchFirst = performance.now() - t0;
    else if (performance.now() - t0 < 5000) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
});`;

/** Work that runs extension script without naming it (see the comment at the top). */
const UNNAMED = new Set([
  'BlinkScheduler_PerformMicrotaskCheckpoint',
  'v8.evaluateModule',
  'v8.compileModule',
]);

const duration = (e: TraceEvent) => e.dur ?? 0;
const within = (outer: TraceEvent, e: TraceEvent) =>
  outer.ts <= e.ts && e.ts + duration(e) <= outer.ts + duration(outer);

/** Events that fire one callback: the extension's when the callback is (its data names no script). */
const FIRES_CALLBACK = new Set(['TimerFire', 'FireIdleCallback', 'FireAnimationFrame']);

export function extensionCost(events: readonly TraceEvent[]): { ms: number; longest: number } {
  const ours = (e: TraceEvent) => JSON.stringify(e.args?.data ?? {}).includes('chrome-extension:');
  const named = events.filter((e) => e.ph === 'X' && TOP_LEVEL.has(e.name) && ours(e));
  const first = named.reduce<TraceEvent | null>((a, e) => (a && a.ts <= e.ts ? a : e), null);
  if (!first) return { ms: 0, longest: 0 };
  const onThread = (e: TraceEvent) => e.pid === first.pid && e.tid === first.tid && e.ph === 'X';
  const calls = events.filter((e) => onThread(e) && e.name === 'FunctionCall').sort((a, b) => a.ts - b.ts);
  /** A timer, idle or animation-frame callback of the extension: its first call is the extension's. */
  const firesOurs = (e: TraceEvent) => {
    const call = FIRES_CALLBACK.has(e.name) ? calls.find((c) => within(e, c)) : undefined;
    return call !== undefined && ours(call);
  };
  const fired = events.filter((e) => onThread(e) && !ours(e) && firesOurs(e));
  const firedSet = new Set(fired);
  const tasks = events.filter((e) => onThread(e) && e.name === 'RunTask');
  const pages = events.filter((e) => onThread(e) && TOP_LEVEL.has(e.name) && !ours(e) && !firedSet.has(e));
  /** True when the task holding `e` ran the page's own script too. */
  const pageTask = (e: TraceEvent) => {
    const task = tasks.find((t) => within(t, e));
    return pages.some((p) => (task ? within(task, p) : within(p, e)));
  };
  const unnamed = events.filter(
    (e) => onThread(e) && UNNAMED.has(e.name) && e.ts >= first.ts && !pageTask(e),
  );
  // Outer events first where two start together (a timer and the call it fires).
  const mine = [...named, ...fired, ...unnamed].sort((a, b) => a.ts - b.ts || duration(b) - duration(a));
  let end = 0;
  let ms = 0;
  let longest = 0;
  // Nested events are inside the task already counted.
  for (const e of mine) {
    if (e.ts < end) continue;
    ms += (e.tdur ?? e.dur ?? 0) / 1000;
    longest = Math.max(longest, duration(e) / 1000);
    end = e.ts + duration(e);
  }
  return { ms, longest };
}

export async function traceLoad(context: BrowserContext, url: string, settleMs: number): Promise<LoadCost> {
  const page = await context.newPage();
  await page.addInitScript(WATCH_HIGHLIGHTS);
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,toplevel',
    transferMode: 'ReportEvents',
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(settleMs);
  const seen = await page.evaluate(() => {
    let n = 0;
    const highlights = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
    if (highlights) for (const h of highlights.values()) n += h.size;
    const w = window as unknown as { __benchFirst?: number };
    return { n: n || document.querySelectorAll('mark').length, first: w.__benchFirst ?? null };
  });
  await cdp.send('Tracing.end');
  await done;
  await page.close();
  return { ...extensionCost(events), highlights: seen.n, firstHighlight: seen.first };
}
