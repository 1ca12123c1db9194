// Reading a Chromium trace (CDP Tracing) for the benchmark: the page's main-thread tasks, and
// which of them are the extension's. Content scripts run in an isolated world of the page's own
// main thread, so their tasks are told apart by what the trace says about them:
// - events that name the script (EvaluateScript, v8.compile, v8.run, FunctionCall, TimerFire…
//   whose url, fileName or stack is chrome-extension://<id>/…);
// - on a page that has no script of its own (the generated pages), any task that runs script
//   (a microtask checkpoint, a timer, an idle callback…) is the extension's: promise
//   continuations (after storage.get, after scheduler.yield) carry no url of their own;
// - optionally, CPU profiler samples (disabled-by-default-v8.cpu_profiler) name the functions.
//   The profiler slows script down by about half, so profiled traces are for naming only.

export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'v8',
  'disabled-by-default-devtools.timeline',
  'toplevel',
];
const PROFILER = 'disabled-by-default-v8.cpu_profiler';

/** Starts tracing on a CDP session; returns stop() resolving to the collected events. */
export async function startTrace(cdp, { profile = false } = {}) {
  const events = [];
  const onData = (e) => events.push(...e.value);
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: profile ? [...TRACE_CATEGORIES, PROFILER] : TRACE_CATEGORIES },
    transferMode: 'ReportEvents',
  });
  return async () => {
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await done;
    cdp.off('Tracing.dataCollected', onData);
    return events;
  };
}

/** Events that run script (on a script-free page: the extension's). */
const RUNS_SCRIPT = new Set([
  'EvaluateScript',
  'v8.run',
  'FunctionCall',
  'TimerFire',
  'RunMicrotasks',
  'BlinkScheduler_PerformMicrotaskCheckpoint',
  'FireAnimationFrame',
  'FireIdleCallback',
]);

const JS_EVENTS = new Set([
  'EvaluateScript',
  'v8.compile',
  'v8.compileModule',
  'v8.evaluateModule',
  'v8.run',
  'FunctionCall',
  'TimerFire',
  'RunMicrotasks',
  'FireAnimationFrame',
  'FireIdleCallback',
  'EventDispatch',
]);

function urlOf(e) {
  const d = e.args?.data ?? {};
  return d.url ?? e.args?.fileName ?? d.stackTrace?.[0]?.url ?? d.fileName ?? '';
}

/** Complete events (X) of one thread, B/E pairs joined. */
function completeEvents(events, pid, tid) {
  const out = [];
  const open = new Map();
  for (const e of events) {
    if (e.pid !== pid || e.tid !== tid) continue;
    if (e.ph === 'X') out.push(e);
    else if (e.ph === 'B') {
      const stack = open.get(e.name) ?? [];
      stack.push(e);
      open.set(e.name, stack);
    } else if (e.ph === 'E') {
      const b = open.get(e.name)?.pop();
      if (b)
        out.push({
          ...b,
          ph: 'X',
          dur: e.ts - b.ts,
          tdur: e.tts != null && b.tts != null ? e.tts - b.tts : undefined,
          args: { ...b.args, ...e.args },
        });
    }
  }
  return out.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
}

/** CPU profile samples of one thread: [{ ts, ms, ext, fn }] (ms: time until the next sample). */
function samplesOf(events, pid, tid, prefix) {
  const profiles = events.filter((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid);
  const out = [];
  for (const p of profiles) {
    const chunks = events
      .filter((e) => e.name === 'ProfileChunk' && e.pid === pid && e.id === p.id)
      .sort((a, b) => a.ts - b.ts);
    const nodes = new Map();
    let t = p.args.data.startTime;
    for (const c of chunks) {
      const cpu = c.args.data.cpuProfile ?? {};
      for (const n of cpu.nodes ?? []) nodes.set(n.id, n);
      const deltas = c.args.data.timeDeltas ?? [];
      (cpu.samples ?? []).forEach((id, i) => {
        t += deltas[i] ?? 0;
        out.push({ ts: t, id });
      });
    }
    const extCache = new Map();
    const isExt = (id) => {
      if (extCache.has(id)) return extCache.get(id);
      const n = nodes.get(id);
      const v = !!n && ((n.callFrame.url ?? '').startsWith(prefix) || (n.parent != null && isExt(n.parent)));
      extCache.set(id, v);
      return v;
    };
    for (let i = 0; i < out.length; i++) {
      const s = out[i];
      if (s.ext !== undefined) continue;
      const next = out[i + 1];
      s.ms = next ? Math.min(5, (next.ts - s.ts) / 1000) : 0;
      s.ext = isExt(s.id);
      const cf = nodes.get(s.id)?.callFrame ?? {};
      let fn = cf.functionName || (cf.url ? '(anonymous)' : '(native/program)');
      if (fn.startsWith('RegExp: ')) fn = `RegExp /${fn.slice(8, 40)}…/`;
      // Minified names say little: add where the function is (line:column of the script).
      else if (cf.url && fn.length <= 2) fn += `@${cf.lineNumber + 1}:${cf.columnNumber + 1}`;
      s.fn = fn;
    }
  }
  return out.sort((a, b) => a.ts - b.ts);
}

/**
 * The page's main-thread tasks in a trace, each with what the extension did in it.
 * @returns {{ tasks: Array<{ ts: number, ms: number, extMs: number, urlEvents: Array<{name:string, ms:number, url:string}>, ext: boolean, kinds: Record<string, number> }>, start: number, hasProfile: boolean } | null}
 */
export function analyzeTrace(events, { extensionId, pageUrl, scriptFreePage = true }) {
  const prefix = extensionId ? `chrome-extension://${extensionId}/` : null;
  const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === pageUrl);
  if (!parse) return null;
  const { pid, tid } = parse;
  const all = completeEvents(events, pid, tid);
  const samples = prefix ? samplesOf(events, pid, tid, prefix) : [];
  // Top-level tasks: RunTask events not inside another one.
  const tasks = [];
  let end = -1;
  for (const e of all) {
    if (e.name !== 'RunTask') continue;
    if (e.ts < end) continue;
    tasks.push({
      ts: e.ts,
      end: e.ts + e.dur,
      ms: e.dur / 1000,
      cpu: (e.tdur ?? e.dur) / 1000,
      extMs: 0,
      scriptMs: 0,
      urlEvents: [],
      kinds: {},
      fns: {},
    });
    end = e.ts + e.dur;
  }
  let k = 0;
  let scriptEnd = -1;
  for (const e of all) {
    if (e.name === 'RunTask') continue;
    while (k < tasks.length && tasks[k].end < e.ts) k++;
    const task = tasks[k];
    if (!task || e.ts < task.ts) continue;
    // Script run in the task (outermost events only: a checkpoint may hold a v8.run).
    if (RUNS_SCRIPT.has(e.name) && e.ts >= scriptEnd) {
      task.scriptMs += e.dur / 1000;
      scriptEnd = e.ts + e.dur;
    }
    // What the task spent its time on (outermost interesting events only).
    if (
      JS_EVENTS.has(e.name) ||
      RUNS_SCRIPT.has(e.name) ||
      ['ParseHTML', 'Layout', 'UpdateLayoutTree', 'Paint', 'PrePaint'].includes(e.name)
    )
      task.kinds[e.name] = (task.kinds[e.name] ?? 0) + e.dur / 1000;
    if (prefix && JS_EVENTS.has(e.name) && urlOf(e).startsWith(prefix))
      task.urlEvents.push({ name: e.name, ms: e.dur / 1000, url: urlOf(e) });
  }
  let j = 0;
  for (const s of samples) {
    while (j < tasks.length && tasks[j].end < s.ts) j++;
    const task = tasks[j];
    if (!task || s.ts < task.ts || !s.ext) continue;
    task.extMs += s.ms;
    task.fns[s.fn] = (task.fns[s.fn] ?? 0) + s.ms;
  }
  const hasProfile = samples.length > 0;
  for (const t of tasks) {
    // A task is the extension's when an event names its script; or, on a page without script
    // of its own, when it runs script; or when a fair share of it was sampled in the
    // extension's code.
    t.ext =
      t.urlEvents.length > 0 ||
      (scriptFreePage && t.scriptMs >= 0.5) ||
      (hasProfile && t.extMs >= Math.max(0.5, 0.1 * t.ms));
  }
  return { tasks, start: parse.ts, hasProfile };
}

/** Does anything in the trace name this file (a request, a compile, an evaluation)? */
export function traceMentions(events, needle) {
  return events.some((e) => e.args && JSON.stringify(e.args).includes(needle));
}
