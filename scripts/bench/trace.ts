/**
 * One page load traced from outside (DevTools tracing over CDP): the main-thread time the
 * extension's scripts cost, the longest of its tasks, and when the first highlight appeared.
 * An event is the extension's when it runs script of a chrome-extension:// origin: evaluating or
 * compiling its scripts, calling its functions (event listeners, observers, timers, idle and
 * animation-frame callbacks, microtasks). Its thread time counts, with whatever it forced inside
 * (style, layout, garbage collection); its wall duration is what a reader feels as a frozen page.
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

export function extensionCost(events: readonly TraceEvent[]): { ms: number; longest: number } {
  const mine = events
    .filter(
      (e) =>
        e.ph === 'X' &&
        TOP_LEVEL.has(e.name) &&
        JSON.stringify(e.args?.data ?? {}).includes('chrome-extension:'),
    )
    .sort((a, b) => a.ts - b.ts);
  let end = 0;
  let ms = 0;
  let longest = 0;
  // Nested events are inside the task already counted.
  for (const e of mine) {
    if (e.ts < end) continue;
    ms += (e.tdur ?? e.dur ?? 0) / 1000;
    longest = Math.max(longest, (e.dur ?? 0) / 1000);
    end = e.ts + (e.dur ?? 0);
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
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline',
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
