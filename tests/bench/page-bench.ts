/**
 * Benchmark entry, bundled into an IIFE by scripts/bench.mjs and injected into a plain page (no
 * extension). It runs the real lib code the content script runs, wired the same way as
 * entrypoints/reader-core.ts, and times it in the page against bare DOM walks.
 */
import { topic } from '../../data/mpp/topic';
import { createMatcher, scanRoot } from '../../lib/detect/matcher';
import { scanPage } from '../../lib/detect/page-scan';
import { createHighlighter } from '../../lib/reader/highlighter';
import { MENTION_HIGHLIGHT, PageMentions } from '../../lib/reader/page-mentions';
import { visibleText } from '../../lib/detect/visible-text';
import { caretAt, rangeContainsPoint } from '../../lib/reader/hit-test';
import { createPageScanner } from '../../lib/reader/page-scanner';
import {
  defaultHighlightStyles,
  injectedHighlightCss,
  readerHighlightStyles,
} from '../../lib/reader/highlight-styles';
import { defaultSettings } from '../../lib/reader/settings';
import { pivotRegexes } from '../../lib/detect/pivot-template';

/** Defined by scripts/bench.mjs, built by the same function as wxt.config.ts's. */
declare const __MPP_PIVOT_TEMPLATE__: string;

// Timed: on a fresh page this is the matcher's cold construction, as the content script pays it.
const coldStart = performance.now();
const matcher = createMatcher([topic]);
const createMatcherMs = performance.now() - coldStart;

const pivot = pivotRegexes(__MPP_PIVOT_TEMPLATE__);
const isHidden = (el: Element) => !el.checkVisibility({ visibilityProperty: true });

/** The reader's scanner, as entrypoints/reader-core.ts builds it. */
const createScanner = () => createPageScanner(matcher, pivot);

// The highlight styles the manifest injects into every page before its first style pass
// (wxt.config.ts): here they arrive with the benchmark, before anything is timed.
const injected = document.createElement('style');
injected.textContent = injectedHighlightCss();
document.head.append(injected);

/** The reader's highlighter, as entrypoints/reader-core.ts creates it in Chromium. */
const newHighlighter = () =>
  createHighlighter(document, readerHighlightStyles(defaultSettings.color), {
    rootScoped: true,
    preinstalled: defaultHighlightStyles(),
  });
let highlighter = newHighlighter();
let scanner = createScanner();
let mentions = new PageMentions(document, scanner, highlighter);

/**
 * PageMentions.scanAll yields between slices through scheduler.yield (read at call time). For
 * timing, yielding becomes a resolved promise: the slices then run back to back in one task, so
 * the measured time is the sum of the slices and nothing else.
 */
function makeYieldSynchronous(): void {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (s) s.yield = () => Promise.resolve();
  else (globalThis as { scheduler?: unknown }).scheduler = { yield: () => Promise.resolve() };
}
makeYieldSynchronous();

const now = () => performance.now();

/** The baseline: a bare TreeWalker over text nodes, reading every node's data. */
function walk(root: Node): number {
  const w = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let chars = 0;
  for (let n = w.nextNode(); n; n = w.nextNode()) chars += (n as Text).data.length;
  return chars;
}

/** Repeats `fn` until at least `minMs` have passed; returns ms per call (timer resolution is coarse). */
async function timeIt(fn: () => unknown | Promise<unknown>, minMs: number): Promise<number> {
  let reps = 0;
  const t0 = now();
  let t: number;
  do {
    await fn();
    reps++;
    t = now();
  } while (t - t0 < minMs);
  return (t - t0) / reps;
}

async function scanAllOnce(): Promise<void> {
  await mentions.scanAll();
}

/**
 * What a page load costs, as the session runs it: scanAll (scan and paint), then, once the
 * browser has styled a frame, dropping mentions the page's styles hide. The wait for the frame
 * is idle time and is not counted; both pieces of work are.
 */
async function scanAndPruneTimed(): Promise<number> {
  const t0 = now();
  await scanAllOnce();
  const t1 = now();
  await frame();
  const t2 = now();
  mentions.pruneHidden(isHidden);
  return t1 - t0 + (now() - t2);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
}

function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const frame = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));

type MarkCtor = new (ctx: Element) => {
  markRegExp(re: RegExp, opts: { done?: (n: number) => void; acrossElements?: boolean }): void;
};

let pristine: HTMLElement | null = null;

/** Puts a fresh copy of the page's original body in place (mark.js rewrites the DOM). */
function freshBody(): void {
  pristine ??= document.body.cloneNode(true) as HTMLElement;
  document.body.replaceWith(pristine.cloneNode(true));
}

export const bench = {
  /** Where scanAll's time goes: its steps timed alone (medians over `runs`). */
  async breakdown(runs: number) {
    const body = document.body;
    const steps: Record<string, () => unknown> = {
      walk: () => walk(body),
      textContent: () => body.textContent,
      'scanPage([body])': () => scanPage([body], matcher, pivot),
      'scanRoot(body) (the CLI path)': () => scanRoot(body, matcher),
      'visibleText(body)': () => visibleText(body),
      scanAll: () => scanAllOnce(),
    };
    const out: Record<string, number> = {};
    const timings: Record<string, number> = {};
    const n = 20;
    for (let i = 0; i < n; i++) scanPage([body], matcher, pivot, { timings });
    for (const [k, v] of Object.entries(timings)) out[`  scanPage step: ${k}`] = v / n;
    for (const [name, fn] of Object.entries(steps)) {
      const xs: number[] = [];
      for (let i = 0; i < runs; i++) xs.push(await timeIt(fn, 5));
      out[name] = median(xs);
    }
    return out;
  },

  info() {
    const el = document.body;
    return {
      crossOriginIsolated: globalThis.crossOriginIsolated === true,
      textChars: walk(el),
      htmlBytes: document.documentElement.outerHTML.length,
      highlightsFromPoint:
        typeof (CSS.highlights as unknown as { highlightsFromPoint?: unknown }).highlightsFromPoint ===
        'function',
    };
  },

  /** The topic's aliases as one regular expression source (for mark.js), longest first. */
  aliasSource(): string {
    const texts = [...new Set(topic.aliases.map((a) => a.text))].sort((a, b) => b.length - a.length);
    return texts.map((t) => t.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|');
  },

  /** Cold start: the matcher's construction (timed at load) and the first scanAll. Call first. */
  async cold() {
    const ms = await scanAndPruneTimed();
    return { createMatcher: createMatcherMs, firstScanAll: ms, mentions: mentions.items.length };
  },

  /** Runs scanAll n times (for a CPU profile). */
  async scanAllTimes(n: number) {
    for (let i = 0; i < n; i++) await scanAllOnce();
  },

  /** Resets the wiring (after the body was replaced). */
  reset() {
    highlighter.destroy();
    highlighter = newHighlighter();
    scanner = createScanner();
    mentions = new PageMentions(document, scanner, highlighter);
  },

  /**
   * Measure 1: alternating bare walk (a) and the full scanAll path (b); medians. Each (b) run
   * starts as on a page load: a new highlighter on a page the browser has rendered, so (b)
   * includes any style recalculation painting causes (none while the default styles are the
   * injected ones). `steady` is scanAll again on the same highlighter.
   */
  async scanVsWalk(runs: number, minMs: number) {
    const a: number[] = [];
    const b: number[] = [];
    const steady: number[] = [];
    // Warm-up: JIT, caches.
    for (let i = 0; i < 2; i++) {
      walk(document.body);
      await scanAllOnce();
    }
    for (let i = 0; i < runs; i++) {
      a.push(await timeIt(() => walk(document.body), minMs));
      bench.reset();
      await frame();
      b.push(await scanAndPruneTimed());
      steady.push(await timeIt(scanAllOnce, minMs));
    }
    const h = CSS.highlights.get(MENTION_HIGHLIGHT) as unknown as { size: number } | undefined;
    return {
      walk: median(a),
      scan: median(b),
      steady: median(steady),
      walkAll: a,
      scanAll: b,
      mentions: mentions.items.length,
      highlights: h?.size ?? 0,
    };
  },

  /**
   * For scale beside measure 1, not judged: what any detector that reads the page's text into
   * JavaScript pays before it judges anything. `join` collects every text node's data into one
   * string (a regex needs one); `joinPivot` also runs the pivot regexes over it once, the first
   * step of scanPage. Alternated with the bare walk, medians.
   */
  async floors(runs: number, minMs: number) {
    const body = document.body;
    const join = () => {
      const w = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      const parts: string[] = [];
      for (let n = w.nextNode(); n; n = w.nextNode()) parts.push((n as Text).data);
      return parts.join('');
    };
    const joinPivot = () => {
      const text = join();
      let hits = 0;
      for (const re of pivot) {
        re.lastIndex = 0;
        while (re.exec(text)) hits++;
      }
      return hits;
    };
    const a: number[] = [];
    const b: number[] = [];
    const c: number[] = [];
    for (let i = 0; i < runs; i++) {
      a.push(await timeIt(() => walk(body), minMs));
      b.push(await timeIt(join, minMs));
      c.push(await timeIt(joinPivot, minMs));
    }
    return { walk: median(a), join: median(b), joinPivot: median(c) };
  },

  /**
   * Measure 2: mark.js markRegExp vs scanAll, each on a fresh copy of the page, alternating.
   * mark.js must already be on the page (window.Mark).
   */
  async vsMarkJs(runs: number, source: string, flags: string, acrossElements: boolean) {
    const Mark = (globalThis as unknown as { Mark: MarkCtor }).Mark;
    const ours: number[] = [];
    const theirs: number[] = [];
    let marked = 0;
    // Each side starts from a fresh copy that the browser has styled and laid out, as a loaded
    // page would be (our scan reads computed style for its hits; mark.js reads none).
    for (let i = 0; i < runs + 1; i++) {
      freshBody();
      bench.reset();
      await frame();
      const oursMs = await scanAndPruneTimed();
      freshBody();
      bench.reset();
      await frame();
      const t2 = now();
      new Mark(document.body).markRegExp(new RegExp(source, flags), {
        acrossElements,
        done: (n: number) => (marked = n),
      });
      const t3 = now();
      if (i === 0) continue; // warm-up
      ours.push(oursMs);
      theirs.push(t3 - t2);
    }
    freshBody();
    bench.reset();
    await scanAllOnce();
    return { ours: median(ours), theirs: median(theirs), marked, mentions: mentions.items.length };
  },

  /**
   * Measure 4: infinite-scroll appends. Each batch's paragraphs are appended one by one to
   * `selector` (each is a root, as dom-watch hands them over), the page renders a frame, then
   * scanRoots(roots) is timed, and a bare walk over the same roots for scale.
   */
  async appendBatches(batches: string[][], selector: string) {
    await scanAllOnce();
    const feed = document.querySelector(selector)!;
    const scanMs: number[] = [];
    const walkMs: number[] = [];
    const detectorMs: number[] = [];
    const before = mentions.items.length;
    for (const batch of batches) {
      const roots: Element[] = [];
      for (const html of batch) {
        const p = document.createElement('p');
        p.innerHTML = html;
        feed.appendChild(p);
        roots.push(p);
      }
      await frame();
      const t0 = now();
      for (const r of roots) walk(r);
      const t1 = now();
      mentions.scanRoots(roots);
      const t2 = now();
      // The detector's part, for the record: the same roots scanned again, alone.
      scanner.scan(roots);
      const t3 = now();
      walkMs.push(t1 - t0);
      scanMs.push(t2 - t1);
      detectorMs.push(t3 - t2);
    }
    return {
      scan: median(scanMs),
      scanP95: quantile(scanMs, 0.95),
      walk: median(walkMs),
      detector: median(detectorMs),
      scanAll: scanMs,
      walkAll: walkMs,
      added: mentions.items.length - before,
      itemsAfter: mentions.items.length,
    };
  },

  /**
   * Measure 5: hover hit-testing as the session does it (caretAt, HitIndex.at, and
   * rangeContainsPoint for a candidate), per event, at random points over the viewport at
   * several scroll positions; plus CSS.highlights.highlightsFromPoint on the same points, and
   * points placed on mentions so the candidate path runs.
   */
  async hover(points: number, positions: number, seed: number) {
    await scanAllOnce();
    await frame();
    const rand = rng(seed);
    const ours: number[] = [];
    const native: number[] = [];
    const onMention: number[] = [];
    const nativeOnMention: number[] = [];
    let found = 0;
    let foundOnMention = 0;
    const reg = CSS.highlights as unknown as {
      highlightsFromPoint?: (x: number, y: number) => unknown[];
    };
    const hasNative = typeof reg.highlightsFromPoint === 'function';
    const maxY = document.documentElement.scrollHeight - innerHeight;
    const test = (x: number, y: number) => {
      const caret = caretAt(document, x, y);
      let index = caret ? mentions.hits.at(caret.node, caret.offset) : -1;
      if (index >= 0 && !rangeContainsPoint(mentions.items[index]!.range, x, y)) index = -1;
      return index;
    };
    const perPosition = Math.ceil(points / positions);
    for (let k = 0; k < positions; k++) {
      scrollTo(0, Math.floor(rand() * maxY));
      await frame();
      await frame();
      for (let i = 0; i < perPosition && ours.length < points; i++) {
        const x = rand() * innerWidth;
        const y = rand() * innerHeight;
        const t0 = now();
        const index = test(x, y);
        const t1 = now();
        ours.push(t1 - t0);
        if (index >= 0) found++;
        if (hasNative) {
          const t2 = now();
          reg.highlightsFromPoint!(x, y);
          native.push(now() - t2);
        }
      }
      // Points on the mentions in view (centre of each first client rect).
      for (const m of mentions.items) {
        const r = m.range.getClientRects()[0];
        if (!r || r.bottom < 0 || r.top > innerHeight) continue;
        const x = r.left + r.width / 2;
        const y = r.top + r.height / 2;
        const t0 = now();
        const index = test(x, y);
        onMention.push(now() - t0);
        if (index >= 0) foundOnMention++;
        if (hasNative) {
          const t2 = now();
          reg.highlightsFromPoint!(x, y);
          nativeOnMention.push(now() - t2);
        }
      }
    }
    const stat = (xs: number[]) =>
      xs.length ? { median: median(xs), p95: quantile(xs, 0.95), n: xs.length } : null;
    return {
      ours: stat(ours),
      native: stat(native),
      onMention: stat(onMention),
      nativeOnMention: stat(nativeOnMention),
      found,
      foundOnMention,
    };
  },
};

(globalThis as unknown as { __mppBench: typeof bench }).__mppBench = bench;
