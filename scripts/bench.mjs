#!/usr/bin/env node
// Performance benchmark in headless Chromium (npm run bench). Budgets are judged on figures
// measured side by side in the same run (a ratio to a baseline run alternately with it), except
// those the product states in absolute terms (2 ms per infinite-scroll batch, 0.1 ms per hover,
// 3 ms on a page without mentions, no task over 50 ms), which are reported with a baseline
// beside them for scale. Prints a table, writes test-results/bench-results.json, and exits 1
// when a budget fails (--no-fail: report only; --only=1,3: run some measures).
/* global navigator, PerformanceObserver, CSS -- the functions given to page.evaluate run in the page */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { SourceMap } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';
import { chromeBuild, launchWithExtension, repoRoot } from './lib/chromium.mjs';
import { serveFixtures } from './lib/serve.mjs';
import { appendBatch, articlePage, newsPage } from '../tests/bench/pages.mjs';
import { analyzeTrace, startTrace, traceMentions } from '../tests/bench/trace.mjs';

const argv = process.argv.slice(2);
const noFail = argv.includes('--no-fail');
const only =
  argv
    .find((a) => a.startsWith('--only='))
    ?.slice(7)
    .split(',')
    .map(Number) ?? null;
const runs = (n) => only === null || only.includes(n);
const started = Date.now();
const log = (...a) => console.error(`[bench ${((Date.now() - started) / 1000).toFixed(1)}s]`, ...a);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? NaN : s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmtMs = (v) =>
  v == null || Number.isNaN(v)
    ? '–'
    : v < 0.1
      ? `${(v * 1000).toFixed(1)} µs`
      : `${v.toFixed(v < 10 ? 2 : 1)} ms`;
const fmtX = (r) =>
  r == null || !Number.isFinite(r) ? '–' : r >= 100 ? `${r.toFixed(0)}x` : `${r.toFixed(2)}x`;

const rows = [];
const notes = [];
const results = { started: new Date().toISOString(), chromium: null, pages: {}, measures: {} };
/** One table row; pass null = reported only. */
function row(measure, page, ours, baseline, ratio, budget, pass) {
  rows.push({ measure, page, ours, baseline, ratio, budget, pass });
}

// ---------------------------------------------------------------------------------------------
// Pages, server, bench bundle

const dir = mkdtempSync(join(tmpdir(), 'mpp-bench-'));
const pages = {
  news: newsPage({ seed: 1 }),
  article: articlePage({ seed: 2, mentionCount: 5 }),
  none: articlePage({ seed: 3, mentionCount: 0 }),
};
// The same page without the policy's neighbourhood (no Mexico, no protection or permanent): the
// typical page a person opens, where no alias's anchor appears and the content script's gate
// never loads the reader. The "none" page above is the hard case: immigration news without an alias.
pages.plain = {
  html: pages.none.html
    .replace(/Mexico/g, 'Canada')
    .replace(/Mexican/g, 'Canadian')
    .replace(/[Pp]rote[a-z]*|[Pp]ermane[a-z]*|[Rr]emain[a-z]*/g, 'local'),
  mentions: 0,
};
const pageLabel = {
  news: '1 MB news',
  article: '1,500-word article',
  none: '1,500 words, no mention, immigration news',
  plain: '1,500 words, no mention, no anchor',
};
for (const [name, page] of Object.entries(pages)) {
  writeFileSync(join(dir, `${name}.html`), page.html);
  results.pages[name] = { bytes: Buffer.byteLength(page.html), mentionsWritten: page.mentions };
}
log(
  'pages:',
  Object.entries(pages)
    .map(
      ([n, p]) => `${n} ${(Buffer.byteLength(p.html) / 1024).toFixed(0)} KB (${p.mentions} mentions written)`,
    )
    .join(', '),
);

// The pivot regex, built by the function wxt.config.ts uses (lib/detect/pivot.ts, run in Node).
const pivotModule = await build({
  entryPoints: [join(repoRoot, 'lib/detect/pivot.ts')],
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
  logLevel: 'silent',
});
const { buildPivotTemplate } = await import(
  `data:text/javascript;base64,${Buffer.from(pivotModule.outputFiles[0].text).toString('base64')}`
);
const { topic: benchTopic } = await import(
  `data:text/javascript;base64,${Buffer.from(
    (
      await build({
        entryPoints: [join(repoRoot, 'data/mpp/topic.ts')],
        bundle: true,
        format: 'esm',
        write: false,
        logLevel: 'silent',
      })
    ).outputFiles[0].text,
  ).toString('base64')}`
);
const bundle = await build({
  entryPoints: [join(repoRoot, 'tests/bench/page-bench.ts')],
  define: { __MPP_PIVOT_TEMPLATE__: JSON.stringify(buildPivotTemplate(benchTopic.aliases)) },
  bundle: true,
  format: 'iife',
  target: 'chrome120',
  sourcemap: 'external',
  outfile: join(dir, 'page-bench.js'),
  write: false,
  logLevel: 'silent',
});
const benchJs = bundle.outputFiles.find((f) => f.path.endsWith('.js')).text;
const benchMap = new SourceMap(JSON.parse(bundle.outputFiles.find((f) => f.path.endsWith('.map')).text));
const markJs = readFileSync(join(repoRoot, 'node_modules/mark.js/dist/mark.min.js'), 'utf8');

const server = await serveFixtures(dir);
const urlOf = (name) => `${server.url}/${name}.html`;

// ---------------------------------------------------------------------------------------------
// In-page measurements: plain Chromium, the real lib code bundled and injected

async function inPage() {
  const { context, userDataDir } = await launchWithExtension({ extension: null });
  try {
    // Cross-origin isolation gives performance.now() 5 µs resolution instead of 100 µs.
    await context.route(`${server.url}/**`, async (route) => {
      const response = await route.fetch();
      await route.fulfill({
        response,
        headers: {
          ...response.headers(),
          'cross-origin-opener-policy': 'same-origin',
          'cross-origin-embedder-policy': 'require-corp',
        },
      });
    });
    const open = async (name, extra = []) => {
      const page = await context.newPage();
      await page.goto(urlOf(name), { waitUntil: 'load' });
      for (const content of extra) await page.addScriptTag({ content });
      await page.addScriptTag({ content: benchJs });
      const info = await page.evaluate(() => window.__mppBench.info());
      results.chromium ??= await page.evaluate(() => /Chrome\/[\d.]+/.exec(navigator.userAgent)?.[0] ?? null);
      if (!info.crossOriginIsolated) notes.push('page not cross-origin isolated: timer resolution is 100 µs');
      return { page, info };
    };

    if (runs(1)) {
      for (const name of ['news', 'article']) {
        const { page, info } = await open(name);
        results.pages[name].textChars = info.textChars;
        const r = await page.evaluate(() => window.__mppBench.scanVsWalk(15, 5));
        const ratio = r.scan / r.walk;
        results.measures[`1.${name}`] = { ...r, ratio, steadyRatio: r.steady / r.walk };
        results.pages[name].mentionsFound = r.mentions;
        results.pages[name].highlights = r.highlights;
        log(`1 ${name}: scanAll ${fmtMs(r.scan)} vs walk ${fmtMs(r.walk)} (${r.mentions} mentions)`);
        row(
          '1. scanAll + highlight / bare TreeWalker',
          pageLabel[name],
          fmtMs(r.scan),
          fmtMs(r.walk),
          fmtX(ratio),
          '≤ 2.5x',
          ratio <= 2.5,
        );
        row(
          '   same, a second scan (rescan)',
          pageLabel[name],
          fmtMs(r.steady),
          fmtMs(r.walk),
          fmtX(r.steady / r.walk),
          '',
          null,
        );
        const fl = await page.evaluate(() => window.__mppBench.floors(9, 5));
        results.measures[`1.${name}`].floors = fl;
        row(
          '   floor: walk + join text, no search',
          pageLabel[name],
          fmtMs(fl.join),
          fmtMs(fl.walk),
          fmtX(fl.join / fl.walk),
          '',
          null,
        );
        row(
          '   floor: + pivot regexes once',
          pageLabel[name],
          fmtMs(fl.joinPivot),
          fmtMs(fl.walk),
          fmtX(fl.joinPivot / fl.walk),
          '',
          null,
        );
        results.measures[`1.${name}`].breakdown = await page.evaluate(() => window.__mppBench.breakdown(5));
        if (name === 'news') {
          results.measures['1.news'].profile = (await profileScanAll(context, page)).top;
        }
        await page.close();
      }
      const found = results.pages.news.mentionsFound;
      const written = results.pages.news.mentionsWritten;
      const ok =
        found >= written &&
        found <= written * 1.1 &&
        results.pages.article.mentionsFound === pages.article.mentions;
      row(
        '   sanity: mentions found / written',
        'news; article',
        `${found}; ${results.pages.article.mentionsFound}`,
        `${written}; ${pages.article.mentions}`,
        '',
        'all found',
        ok,
      );
    }

    if (runs(2)) {
      for (const name of ['news', 'article']) {
        const { page } = await open(name, [markJs]);
        const source = await page.evaluate(() => window.__mppBench.aliasSource());
        const n = name === 'news' ? 5 : 15;
        const r = await page.evaluate(([s, k]) => window.__mppBench.vsMarkJs(k, s, 'gi', false), [source, n]);
        const ratio = r.theirs / r.ours;
        results.measures[`2.${name}`] = { ...r, ratio, regex: source };
        log(`2 ${name}: ours ${fmtMs(r.ours)}, mark.js ${fmtMs(r.theirs)} (${r.marked} marks)`);
        row(
          '2. mark.js markRegExp / scanAll (speed-up)',
          pageLabel[name],
          fmtMs(r.ours),
          fmtMs(r.theirs),
          fmtX(ratio),
          '≥ 10x',
          ratio >= 10,
        );
        await page.close();
      }
    }

    if (runs(4)) {
      const { page } = await open('news');
      const batches = [];
      let written = 0;
      for (let i = 0; i < 20; i++) {
        const b = appendBatch({ seed: 1000 + i, count: 100 });
        batches.push(b.paragraphs);
        written += b.mentions;
      }
      const r = await page.evaluate(([b]) => window.__mppBench.appendBatches(b, '#feed'), [batches]);
      results.measures['4.append'] = { ...r, mentionsWritten: written };
      log(
        `4: scanRoots ${fmtMs(r.scan)} (p95 ${fmtMs(r.scanP95)}) vs walk ${fmtMs(r.walk)}; ${r.added}/${written} mentions`,
      );
      row(
        '4. scanRoots(100 <p>) per batch, median of 20',
        pageLabel.news,
        fmtMs(r.scan),
        fmtMs(r.walk),
        fmtX(r.scan / r.walk),
        '≤ 2 ms',
        r.scan <= 2,
      );
      row('   same, p95 of 20 batches', pageLabel.news, fmtMs(r.scanP95), '', '', '', null);
      row(
        '   of which the detector (scanner.scan per root)',
        pageLabel.news,
        fmtMs(r.detector),
        '',
        '',
        '',
        null,
      );
      await page.close();
    }

    if (runs(5)) {
      const { page } = await open('news');
      const r = await page.evaluate(() => window.__mppBench.hover(2000, 20, 7));
      results.measures['5.hover'] = r;
      log(`5: hover ${JSON.stringify({ ours: r.ours, native: r.native, found: r.found })}`);
      const nat = r.native;
      row(
        `5. hover hit-test, median of ${r.ours.n} random points`,
        pageLabel.news,
        fmtMs(r.ours.median),
        nat ? `${fmtMs(nat.median)} highlightsFromPoint` : 'n/a',
        nat ? fmtX(r.ours.median / nat.median) : '',
        '≤ 0.1 ms',
        r.ours.median <= 0.1,
      );
      row('   same, p95', pageLabel.news, fmtMs(r.ours.p95), nat ? fmtMs(nat.p95) : '', '', '', null);
      if (r.onMention)
        row(
          `   on mentions (${r.foundOnMention}/${r.onMention.n} found), median / p95`,
          pageLabel.news,
          `${fmtMs(r.onMention.median)} / ${fmtMs(r.onMention.p95)}`,
          r.nativeOnMention ? `${fmtMs(r.nativeOnMention.median)} / ${fmtMs(r.nativeOnMention.p95)}` : '',
          '',
          '',
          null,
        );
      await page.close();
    }
    if (runs(3) || runs(6)) {
      for (const name of ['none', 'news']) {
        const c = await coldStart(context, name);
        results.measures[`cold.${name}`] = c;
        log(`cold ${name}: createMatcher ${fmtMs(c.createMatcher)}, first scanAll ${fmtMs(c.firstScanAll)}`);
        row(
          '3/6 context: cold createMatcher + 1st scanAll (bundle)',
          pageLabel[name],
          fmtMs(c.createMatcher + c.firstScanAll),
          '',
          '',
          '',
          null,
        );
      }
    }
  } finally {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

/** CPU profile of scanAll on the page: self time by function, with the source file of each. */
async function profileScanAll(context, page) {
  return profiled(context, page, () => page.evaluate(() => window.__mppBench.scanAllTimes(10)));
}

/** Runs `fn` under the CPU profiler; returns its result and the top functions by self time. */
async function profiled(context, page, fn) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const result = await fn();
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.detach();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const cf = byId.get(id).callFrame;
    if (cf.functionName === '(idle)') return;
    let where = '';
    if (cf.lineNumber >= 0 && !cf.url) {
      const e = benchMap.findEntry(cf.lineNumber, cf.columnNumber);
      if (e?.originalSource)
        where = `${relative(repoRoot, resolve(dir, e.originalSource))}:${e.originalLine + 1}`;
    }
    let name = cf.functionName || '(anonymous)';
    if (name.startsWith('RegExp: ')) name = `RegExp /${name.slice(8, 40)}…/`;
    const key = `${name}${where ? ` (${where})` : ''}`;
    self.set(key, (self.get(key) ?? 0) + dt);
    total += dt;
  });
  const top = [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12)
    .map(([fn, ms]) => ({ fn, ms, share: ms / total }));
  return { result, top };
}

/**
 * Cold start in a fresh page: the matcher's construction and the first scanAll, as the content
 * script pays them on every page load, with the functions that dominate (named: this bundle is
 * not minified, unlike the extension's).
 */
async function coldStart(context, name) {
  const page = await context.newPage();
  await page.goto(urlOf(name), { waitUntil: 'load' });
  const { result, top } = await profiled(context, page, async () => {
    await page.addScriptTag({ content: benchJs });
    return page.evaluate(() => window.__mppBench.cold());
  });
  await page.close();
  return { ...result, top };
}

// ---------------------------------------------------------------------------------------------
// With the real extension

const SOURCES = ['entrypoints', 'lib', 'components', 'data', 'wxt.config.ts', 'package.json'];

function newestSource() {
  let newest = 0;
  const visit = (p) => {
    const st = statSync(p);
    if (st.isDirectory()) for (const f of readdirSync(p)) visit(join(p, f));
    else newest = Math.max(newest, st.mtimeMs);
  };
  for (const s of SOURCES) if (existsSync(join(repoRoot, s))) visit(join(repoRoot, s));
  return newest;
}

function wxtBuildRunning() {
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
      if (/wxt(\.mjs)? build/.test(cmd) && !cmd.includes('bench')) return true;
    } catch {
      // gone
    }
  }
  return false;
}

async function ensureBuild() {
  const content = join(chromeBuild, 'gate.js');
  // Someone else's build may be writing the output right now: wait for it rather than race it.
  for (let i = 0; i < 60 && wxtBuildRunning(); i++) await new Promise((r) => setTimeout(r, 1000));
  if (existsSync(content) && statSync(content).mtimeMs >= newestSource()) return 'up to date';
  log('building the extension (npx wxt build)…');
  const r = spawnSync('npx', ['wxt', 'build'], { cwd: repoRoot, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`wxt build failed:\n${r.stdout}\n${r.stderr}`);
  return 'built';
}

const LONG = 50;

async function withExtension() {
  results.build = await ensureBuild();
  const ext = await launchWithExtension();
  const bare = await launchWithExtension({ extension: null });
  const extId = ext.extensionId;
  try {
    if (runs(3)) await longTasks(ext.context, bare.context, extId);
    if (runs(6)) {
      if (process.env.FLOOR_DIR) {
        // Prices pieces of a content script: each file of FLOOR_DIR in place of the empty one.
        for (const f of readdirSync(process.env.FLOOR_DIR).sort()) {
          await emptyContentScriptFloor(
            bare.context,
            readFileSync(join(process.env.FLOOR_DIR, f), 'utf8'),
            f,
          );
        }
      } else {
        await noMentionCost(ext.context, bare.context, extId, 'plain');
        await noMentionCost(ext.context, bare.context, extId, 'none');
        await emptyContentScriptFloor(bare.context);
      }
    }
  } finally {
    await ext.context.close();
    await bare.context.close();
    rmSync(ext.userDataDir, { recursive: true, force: true });
    rmSync(bare.userDataDir, { recursive: true, force: true });
  }
}

/**
 * For scale, not judged: the same trace rule on an extension whose content script is empty. The
 * browser's own cost of injecting any content script (an isolated world, its bindings) lands on
 * the same main thread and counts against measure 6's 3 ms as the rule attributes it.
 */
async function emptyContentScriptFloor(bareContext, script = 'void 0;', label = 'an empty content script') {
  // FLOOR_PAGE=none prices FLOOR_DIR's scripts on the immigration page without an alias.
  const floorPage = process.env.FLOOR_DIR && process.env.FLOOR_PAGE ? process.env.FLOOR_PAGE : 'plain';
  const ext = mkdtempSync(join(tmpdir(), 'mpp-floor-'));
  writeFileSync(
    join(ext, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'empty content script',
      version: '1',
      background: { service_worker: 'bg.js' },
      content_scripts: [{ matches: ['http://*/*'], js: ['content.js'], run_at: 'document_idle' }],
    }),
  );
  writeFileSync(join(ext, 'bg.js'), '');
  writeFileSync(join(ext, 'content.js'), script);
  const floor = await launchWithExtension({ extension: ext });
  try {
    const totals = [];
    const cpu = [];
    for (let i = 0; i < 5; i++) {
      const { analysis: a } = await tracedLoad(floor.context, floorPage, {
        extensionId: floor.extensionId,
        waitMs: 1500,
      });
      if (!a) continue;
      totals.push(sum(a.tasks.filter((t) => t.ext).map((t) => t.ms)));
      cpu.push(sum(a.tasks.filter((t) => t.ext).map((t) => t.cpu)));
    }
    const bare = [];
    for (let i = 0; i < 2; i++) {
      const { analysis: a } = await tracedLoad(bareContext, floorPage, { waitMs: 1500 });
      bare.push(a ? sum(a.tasks.filter((t) => t.ext).map((t) => t.ms)) : 0);
    }
    const bareScript = median(bare);
    const net = median(totals) - bareScript;
    results.measures[`6.floor ${label}`] = { totals, cpu, bareScript, net };
    row(
      `   for scale: ${label}, same rule`,
      pageLabel[floorPage],
      `${fmtMs(net)} net (thread CPU ${fmtMs(median(cpu))})`,
      '',
      '',
      '',
      null,
    );
  } finally {
    await floor.context.close();
    rmSync(floor.userDataDir, { recursive: true, force: true });
    rmSync(ext, { recursive: true, force: true });
  }
}

const OBSERVE_LONG_TASKS = () => {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, ms: e.duration });
  }).observe({ type: 'longtask', buffered: true });
};

/** Waits until the mention highlight exists and has not grown for `quiet` ms. */
async function waitForHighlights(page, quiet = 600, timeout = 15000) {
  const t0 = Date.now();
  let last = -1;
  let since = Date.now();
  while (Date.now() - t0 < timeout) {
    const size = await page.evaluate(() => CSS.highlights.get('mpp-mention')?.size ?? -1);
    if (size !== last) {
      last = size;
      since = Date.now();
    } else if (size > 0 && Date.now() - since >= quiet) return size;
    await page.waitForTimeout(100);
  }
  return last;
}

/**
 * Loads a page in a new tab under a trace and waits (no page.evaluate meanwhile: it would run
 * script in the page and blur the attribution). `inspect(cdp, page)` runs after the trace.
 */
async function tracedLoad(
  context,
  name,
  { extensionId = null, profile = false, waitMs = 3000, inspect } = {},
) {
  const page = await context.newPage();
  await page.goto('about:blank');
  const cdp = await context.newCDPSession(page);
  const stop = await startTrace(cdp, { profile });
  await page.goto(urlOf(name), { waitUntil: 'load' });
  await page.waitForTimeout(waitMs);
  const events = await stop();
  const extra = inspect ? await inspect(cdp, page, events) : null;
  await cdp.detach();
  await page.close();
  const analysis = analyzeTrace(events, { extensionId, pageUrl: urlOf(name) });
  if (!analysis) notes.push(`${name}: a trace without the page's main thread`);
  return { analysis, extra };
}

const sum = (xs) => xs.reduce((a, b) => a + b, 0);
const longest = (tasks) => tasks.reduce((m, t) => (t.ms > (m?.ms ?? -1) ? t : m), null);

/** Measure 3: long tasks while the extension scans the 1 MB page, against the page alone. */
async function longTasks(extContext, bareContext, extId) {
  const N = 3;
  // PerformanceObserver longtask entries, registered before the page's first byte.
  const withExt = [];
  const without = [];
  for (let i = 0; i < N; i++) {
    for (const [context, out] of [
      [extContext, withExt],
      [bareContext, without],
    ]) {
      const page = await context.newPage();
      await page.addInitScript(OBSERVE_LONG_TASKS);
      await page.goto(urlOf('news'), { waitUntil: 'load' });
      const size =
        context === extContext ? await waitForHighlights(page) : (await page.waitForTimeout(2500), 0);
      const tasks = await page.evaluate(() => window.__longTasks);
      out.push({
        longest: Math.max(0, ...tasks.map((t) => t.ms)),
        count: tasks.length,
        highlights: size,
        tasks,
      });
      await page.close();
    }
  }
  // Traced loads (no profiler: durations as they are): which tasks are the extension's?
  const traced = [];
  for (let i = 0; i < N; i++) {
    const { analysis: a } = await tracedLoad(extContext, 'news', { extensionId: extId, waitMs: 4000 });
    if (!a) continue;
    const ext = a.tasks.filter((t) => t.ext);
    const top = longest(ext);
    traced.push({
      longestExt: top?.ms ?? 0,
      longestExtAt: top ? (top.ts - a.start) / 1000 : null,
      extOver50: ext
        .filter((t) => t.ms > LONG)
        .map((t) => ({
          at: Math.round((t.ts - a.start) / 1000),
          ms: t.ms,
          kinds: Object.fromEntries(
            Object.entries(t.kinds)
              .filter(([, v]) => v >= 1)
              .map(([k, v]) => [k, Math.round(v * 10) / 10]),
          ),
        })),
      extTasks: ext.length,
      extTotal: sum(ext.map((t) => t.ms)),
      longestPage: Math.max(0, ...a.tasks.filter((t) => !t.ext).map((t) => t.ms)),
    });
  }
  // One profiled load, to name what runs in the extension's longer tasks (durations inflated).
  const { analysis: p } = await tracedLoad(extContext, 'news', {
    extensionId: extId,
    waitMs: 4000,
    profile: true,
  });
  const named = (p?.tasks ?? [])
    .filter((t) => t.ext && t.ms > 25)
    .map((t) => ({ at: Math.round((t.ts - p.start) / 1000), ms: t.ms, top: topFns(t.fns) }));
  // The page alone, traced the same way: its own longest task, and that it runs no script of
  // note (the browser's own microtask checkpoints take well under a millisecond).
  const bare = [];
  for (let i = 0; i < 2; i++) {
    const { analysis: a } = await tracedLoad(bareContext, 'news', { waitMs: 3000 });
    if (a)
      bare.push({
        longest: Math.max(0, ...a.tasks.map((t) => t.ms)),
        longestScript: Math.max(0, ...a.tasks.filter((t) => t.ext).map((t) => t.ms)),
      });
  }
  const m = {
    tracedExt: median(traced.map((t) => t.longestExt)),
    tracedPage: median(traced.map((t) => t.longestPage)),
    bareLongest: median(bare.map((b) => b.longest)),
    poWithExt: median(withExt.map((r) => r.longest)),
    poWithout: median(without.map((r) => r.longest)),
    highlights: median(withExt.map((r) => r.highlights)),
    runs: { traced, named, bare, withExt, without },
  };
  results.measures['3.longtasks'] = m;
  log(
    `3: extension's longest task ${fmtMs(m.tracedExt)} (loads: ${traced.map((t) => fmtMs(t.longestExt)).join(', ')}); page alone ${fmtMs(m.bareLongest)}`,
  );
  if (bare.some((b) => b.longestScript > 5))
    notes.push('3: the page alone ran a task of script over 5 ms: attribution by script is doubtful');
  const over = traced.map((t) => t.extOver50.length);
  row(
    '3. longest task of the extension (trace), median of loads',
    pageLabel.news,
    fmtMs(m.tracedExt),
    `${fmtMs(m.bareLongest)} page alone`,
    '',
    `≤ ${LONG} ms`,
    m.tracedExt <= LONG,
  );
  row(
    '   extension tasks > 50 ms, per load',
    pageLabel.news,
    over.join(', '),
    '',
    '',
    '0',
    over.every((n) => n === 0),
  );
  const po = (runs) =>
    `${fmtMs(median(runs.map((r) => r.longest)))} (${runs.map((r) => r.count).join('/')} entries)`;
  row(
    '   longest longtask entry (PerformanceObserver)',
    pageLabel.news,
    `${po(withExt)} with ext`,
    `${po(without)} alone`,
    '',
    '',
    null,
  );
  if (withExt.every((r) => r.count === 0))
    notes.push(
      '3: the longtask PerformanceObserver reported nothing with the extension loaded; the trace is what counts',
    );
}

function topFns(fns, n = 4) {
  return Object.entries(fns)
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([fn, ms]) => `${fn} ${ms.toFixed(1)} ms`);
}

/** Measure 6: main-thread cost of the content script on a page without mentions. */
async function noMentionCost(extContext, bareContext, extId, pageName = 'none') {
  // Five loads: one load in three here runs twice as long as its neighbours (two cores shared
  // with the browser's other processes), and the median of three would follow it too often.
  const N = 5;
  const loads = [];
  const inspect = async (cdp, page, events) => ({
    popoverInTrace: traceMentions(events, 'popover-ui.js'),
    // The popover global lives in the content script's isolated world: ask there.
    popoverGlobal: await isolatedWorldEval(cdp, 'typeof globalThis.__mppPopoverUi'),
    highlights: await page.evaluate(() => CSS.highlights.get('mpp-mention')?.size ?? 0),
  });
  for (let i = 0; i < N; i++) {
    const { analysis: a, extra } = await tracedLoad(extContext, pageName, {
      extensionId: extId,
      waitMs: 2000,
      inspect,
    });
    if (!a) continue;
    const ext = a.tasks.filter((t) => t.ext);
    const parts = ext.map((t) => {
      const es = t.urlEvents.find((e) => e.name === 'EvaluateScript');
      const compile = sum(t.urlEvents.filter((e) => /compile/.test(e.name)).map((e) => e.ms));
      const label = {
        BlinkScheduler_PerformMicrotaskCheckpoint: 'microtasks',
        FireIdleCallback: 'idle callback',
      };
      const kinds = Object.entries(t.kinds)
        .filter(([, v]) => v >= 0.05)
        .map(([k, v]) => `${label[k] ?? k} ${v.toFixed(1)} ms`)
        .join(', ');
      return {
        ms: t.ms,
        what: es
          ? `EvaluateScript ${es.url.split('/').pop()}, of which v8.compile ${compile.toFixed(1)} ms`
          : `task resumed by the extension: ${kinds || 'script'}`,
      };
    });
    loads.push({ total: sum(ext.map((t) => t.ms)), cpu: sum(ext.map((t) => t.cpu)), parts, ...extra });
  }
  // One profiled load to name the functions (durations inflated by the profiler).
  const { analysis: p } = await tracedLoad(extContext, pageName, {
    extensionId: extId,
    waitMs: 2000,
    profile: true,
  });
  const named = (p?.tasks ?? [])
    .filter((t) => t.ext && t.ms > 1)
    .map((t) => ({ ms: t.ms, top: topFns(t.fns) }));
  // The page alone, same trace and same rule: the browser runs a few tiny microtask checkpoints
  // of its own (~0.5 ms), which the rule would count for the extension. They are subtracted.
  const bare = [];
  for (let i = 0; i < 3; i++) {
    const { analysis: a } = await tracedLoad(bareContext, pageName, { waitMs: 2000 });
    if (a)
      bare.push({
        script: sum(a.tasks.filter((t) => t.ext).map((t) => t.ms)),
        all: sum(a.tasks.map((t) => t.ms)),
      });
  }
  const bareScript = median(bare.map((b) => b.script));
  const pageOwn = median(bare.map((b) => b.all));
  if (bareScript > 1)
    notes.push(`6: the page alone ran ${fmtMs(bareScript)} of script: attribution by script is doubtful`);

  const total = median(loads.map((l) => l.total));
  const mid = loads.find((l) => l.total === total) ?? loads[0];
  const net = total - bareScript;
  results.measures[`6.${pageName}`] = { total, bareScript, net, pageOwn, loads, named };
  log(
    `6 (${pageName}): content script main-thread time ${fmtMs(total)} (loads: ${loads.map((l) => fmtMs(l.total)).join(', ')}; thread CPU ${loads.map((l) => fmtMs(l.cpu)).join(', ')})`,
  );
  for (const part of mid?.parts ?? []) notes.push(`6 (${pageName}): ${fmtMs(part.ms)} ${part.what}`);
  row(
    '6. content script main-thread time (trace), median',
    pageLabel[pageName],
    `${fmtMs(net)} net`,
    `${fmtMs(bareScript)} same rule, page alone`,
    '',
    '≤ 3 ms',
    net <= 3,
  );
  // Thread time: the same tasks, less the time the main thread waited for a core. Not judged
  // (DevTools shows durations); it tells a slow load from a descheduled one.
  row(
    '   same tasks, thread CPU time (median; loads)',
    pageLabel[pageName],
    `${fmtMs(median(loads.map((l) => l.cpu)))}; ${loads.map((l) => l.cpu.toFixed(1)).join(', ')}`,
    '',
    '',
    '',
    null,
  );
  row(
    "   (all the page's own main-thread time, for scale)",
    pageLabel[pageName],
    '',
    fmtMs(pageOwn),
    '',
    '',
    null,
  );
  const lazy = loads.every((l) => !l.popoverInTrace && l.popoverGlobal === 'undefined');
  const seen = loads.map((l) => (l.popoverInTrace || l.popoverGlobal !== 'undefined' ? 'loaded' : 'no'));
  row('   popover-ui.js loaded?', pageLabel[pageName], seen.join(', '), '', '', 'not loaded', lazy);
  if (loads.some((l) => l.highlights > 0))
    notes.push('6: the no-mention page got highlights: it is not mention-free');
  if (loads.some((l) => l.popoverGlobal === 'no isolated world'))
    notes.push('6: the content script world was not found');
}

async function isolatedWorldEval(cdp, expression) {
  const contexts = [];
  const onCtx = (e) => contexts.push(e.context);
  cdp.on('Runtime.executionContextCreated', onCtx);
  await cdp.send('Runtime.enable');
  await new Promise((r) => setTimeout(r, 100));
  cdp.off('Runtime.executionContextCreated', onCtx);
  const world = contexts.find((c) => c.name === 'MPP Context' || c.origin?.startsWith('chrome-extension://'));
  if (!world) return 'no isolated world';
  const { result } = await cdp.send('Runtime.evaluate', {
    expression,
    contextId: world.id,
    returnByValue: true,
  });
  return result.value;
}

// ---------------------------------------------------------------------------------------------

let failedToRun = null;
try {
  if ([1, 2, 3, 4, 5, 6].some(runs)) await inPage();
  if ([3, 6].some(runs)) await withExtension();
} catch (err) {
  failedToRun = err;
  console.error(err);
} finally {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}

// ---------------------------------------------------------------------------------------------
// Report

const head = ['measure', 'page', 'ours', 'baseline', 'ratio', 'budget', 'pass'];
const cells = rows.map((r) => [
  r.measure,
  r.page,
  r.ours,
  r.baseline,
  r.ratio,
  r.budget,
  r.pass === null ? '' : r.pass ? 'yes' : 'NO',
]);
const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => String(c[i]).length)));
const line = (c) => `| ${c.map((v, i) => String(v).padEnd(widths[i])).join(' | ')} |`;
console.log();
console.log(line(head));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const c of cells) console.log(line(c));

const prof = results.measures['1.news']?.profile;
if (prof) {
  console.log('\nscanAll on the 1 MB page, CPU profile (self time):');
  for (const p of prof.slice(0, 10)) console.log(`  ${(p.share * 100).toFixed(1).padStart(5)}%  ${p.fn}`);
}
for (const name of ['news', 'article']) {
  const b = results.measures[`1.${name}`]?.breakdown;
  if (!b) continue;
  console.log(`scanAll steps timed alone on the ${pageLabel[name]} page (median ms):`);
  for (const [k, v] of Object.entries(b)) console.log(`  ${v.toFixed(3).padStart(8)}  ${k}`);
}
for (const name of ['none', 'news']) {
  const c = results.measures[`cold.${name}`];
  if (!c) continue;
  console.log(
    `\ncold start on the ${pageLabel[name]} page: createMatcher ${fmtMs(c.createMatcher)}, first scanAll ${fmtMs(c.firstScanAll)}; CPU profile (self time):`,
  );
  for (const p of c.top.slice(0, 8)) console.log(`  ${fmtMs(p.ms).padStart(9)}  ${p.fn}`);
}
const lt = results.measures['3.longtasks'];
if (lt) {
  const loads = lt.runs.traced.map(
    (t) =>
      `${fmtMs(t.longestExt)} at +${t.longestExtAt?.toFixed(0)} ms (${t.extTasks} tasks, ${fmtMs(t.extTotal)} in all)`,
  );
  console.log(`\nextension's longest task per load on the 1 MB page: ${loads.join('; ')}`);
  console.log(
    'its longer tasks in a profiled load (profiler inflates durations ~1.5x; names from the minified build):',
  );
  for (const t of lt.runs.named) console.log(`  +${t.at} ms, ${fmtMs(t.ms)}: ${t.top.join(', ')}`);
}
const nm = results.measures['6.nomention'];
if (nm) {
  console.log('\ncontent script on the no-mention page, profiled load (inflated durations):');
  for (const t of nm.named) console.log(`  ${fmtMs(t.ms)}: ${t.top.join(', ')}`);
}
if (notes.length) console.log(`\n${notes.map((n) => `note: ${n}`).join('\n')}`);

const failed = rows.filter((r) => r.pass === false);
results.rows = rows;
results.notes = notes;
results.failed = failed.map((r) => `${r.measure} (${r.page})`);
results.seconds = (Date.now() - started) / 1000;
const outDir = join(repoRoot, 'test-results');
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'bench-results.json'), JSON.stringify(results, null, 2));
console.log(
  `\n${failed.length ? `${failed.length} budget(s) failed` : 'all budgets met'}; ${results.seconds.toFixed(0)} s; details in test-results/bench-results.json`,
);
if (failedToRun) process.exit(1);
process.exit(failed.length && !noFail ? 1 : 0);
