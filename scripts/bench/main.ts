#!/usr/bin/env -S npx tsx
/**
 * npm run bench: what a reader's browser pays for the extension, measured from outside (traced
 * page loads, trace.ts) beside four reference extensions (references.ts) in one run: rounds
 * interleave the extensions so that a busy machine slows all of them alike. Budgets are ratios
 * (measures.ts); the table prints every page with them.
 *   npm run bench                    # 3 loads a page, 2 rounds; exits 1 when a budget is missed
 *   npm run bench -- --report        # prints only (CI: one round, one load: a regression shows)
 *   npm run bench -- --loads=5 --rounds=3 --changing=60
 */
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
// @ts-expect-error plain ESM helpers shared with the e2e tests and the demo
import { chromeBuild, launchWithExtension, repoRoot } from '../lib/chromium.mjs';
import { benchPages, type BenchPage } from './pages';
import { buildReferences, type Reference } from './references';
import { traceLoad, type LoadCost } from './trace';
import { highlightTime, judge, type Row } from './measures';

const arg = (name: string, fallback: number) => {
  const found = process.argv.find((a) => a.startsWith(`--${name}=`));
  return found ? Number(found.split('=')[1]) : fallback;
};
const report = process.argv.includes('--report');
const loads = arg('loads', report ? 1 : 3);
const rounds = arg('rounds', report ? 1 : 2);
const changing = arg('changing', report ? 10 : 60);
/** Milliseconds a load is traced after the load event: the reader's idle-time work falls in it. */
const settleMs = report ? 1500 : 2000;

type Extension = 'project' | Reference;

function serve(pages: BenchPage[]): Promise<{ url: string; close(): void }> {
  const byPath = new Map(pages.map((p) => [`/${p.name}`, p.html]));
  const server = http.createServer((req, res) => {
    const html = byPath.get(req.url ?? '');
    res.writeHead(html ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html ?? '');
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({ url: `http://127.0.0.1:${port}`, close: () => server.close() });
    }),
  );
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function main() {
  const pages = benchPages({ changingSeconds: changing, fixtures: join(repoRoot, 'tests/fixtures') });
  const server = await serve(pages);
  const tmp = mkdtempSync(join(tmpdir(), 'mpp-bench-'));
  const extensions: Record<Extension, string> = { project: chromeBuild, ...buildReferences(tmp) };
  const runs = new Map<string, LoadCost[]>();
  try {
    for (let round = 0; round < rounds; round++) {
      for (const [name, dir] of Object.entries(extensions) as Array<[Extension, string]>) {
        const { context } = (await launchWithExtension({ extension: dir, worker: name === 'project' })) as {
          context: BrowserContext;
        };
        // Content scripts register as the extension loads; a moment lets them, as a user's browser has.
        await new Promise((resolve) => setTimeout(resolve, 1000));
        try {
          for (const page of pages) {
            // One load first, not counted: the browser's caches warm as on any second visit. A page
            // watched over time, and every page in report mode (CI: minutes count), is loaded once.
            const first = page.watchMs || report ? 1 : 0;
            const last = page.watchMs ? 1 : loads;
            for (let k = first; k <= last; k++) {
              const cost = await traceLoad(context, `${server.url}/${page.name}`, page.watchMs ?? settleMs);
              const key = `${name}/${page.name}`;
              if (k > 0) runs.set(key, [...(runs.get(key) ?? []), cost]);
            }
          }
        } finally {
          await context.close();
        }
        process.stderr.write(`round ${round + 1}/${rounds}: ${name} done\n`);
      }
    }
  } finally {
    server.close();
    rmSync(tmp, { recursive: true, force: true });
  }
  const cell = (ext: Extension, page: string) => {
    const list = runs.get(`${ext}/${page}`) ?? [];
    return {
      ms: median(list.map((c) => c.ms)),
      longest: median(list.map((c) => c.longest)),
      highlights: median(list.map((c) => c.highlights)),
      first: list.some((c) => c.firstHighlight !== null)
        ? median(list.map((c) => c.firstHighlight ?? Infinity))
        : null,
    };
  };
  const rows: Row[] = pages.map((p) => {
    const lazy = cell('lazy', p.name);
    return {
      page: p.name,
      about: p.about,
      mentions: p.mentions,
      project: cell('project', p.name),
      floor: cell('floor', p.name).ms,
      gate: cell('gate', p.name).ms,
      markjs: cell('markjs', p.name).ms,
      lazy: { ms: lazy.ms, first: lazy.first },
    };
  });
  // A floor that never painted would look cheap: say so rather than compare against it.
  for (const r of rows)
    if (r.mentions && r.lazy.first === null)
      console.warn(
        `warning: the lazy reference highlighted nothing on ${r.page}; its figures there are no floor`,
      );
  const verdicts = judge(rows);
  printTable(rows);
  console.log('');
  for (const v of verdicts) console.log(`${v.ok ? 'ok  ' : 'MISS'} ${v.measure}: ${v.detail}`);
  console.log(`\n(${loads} load(s) a page, ${rounds} round(s); thread ms; medians)`);
  if (!report && verdicts.some((v) => !v.ok)) process.exitCode = 1;
}

function printTable(rows: Row[]) {
  const f = (x: number | null) => (x === null || !Number.isFinite(x) ? '–' : x.toFixed(1));
  const ms = (x: number | null) => (x === null ? '–' : highlightTime(x, 1));
  const header = [
    'page',
    'this extension (longest)',
    'floor',
    'gate',
    'mark.js',
    'lazy (first hl)',
    'ext/gate',
    'mark.js/ext',
    'first hl',
    'hl',
  ];
  const lines = rows.map((r) => [
    `${r.page} (${r.about})`,
    `${f(r.project.ms)} (${f(r.project.longest)})`,
    f(r.floor),
    f(r.gate),
    f(r.markjs),
    r.lazy.first === null ? f(r.lazy.ms) : `${f(r.lazy.ms)} (${ms(r.lazy.first)})`,
    `${(r.project.ms / r.gate).toFixed(2)}x`,
    `${(r.markjs / r.project.ms).toFixed(2)}x`,
    ms(r.project.first),
    String(r.project.highlights),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const row = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(row(header));
  console.log(row(widths.map((w) => '-'.repeat(w))));
  for (const l of lines) console.log(row(l));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
