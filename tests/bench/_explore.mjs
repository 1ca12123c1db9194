import { build } from 'esbuild';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { launchWithExtension } from '/work/main/scripts/lib/chromium.mjs';
import { serveFixtures } from '/work/main/scripts/lib/serve.mjs';
import { newsPage, articlePage } from '/work/main/tests/bench/pages.mjs';
const dir = mkdtempSync(join(tmpdir(), 'mpp-x-'));
writeFileSync(join(dir, 'news.html'), newsPage({ seed: 1 }).html);
writeFileSync(join(dir, 'article.html'), articlePage({ seed: 2 }).html);
const b = await build({ entryPoints: ['/work/main/tests/bench/page-bench.ts'], bundle: true, format: 'iife', target: 'chrome120', write: false });
const server = await serveFixtures(dir);
const { context } = await launchWithExtension({ extension: null });
await context.route(`${server.url}/**`, async (route) => { const r = await route.fetch(); await route.fulfill({ response: r, headers: { ...r.headers(), 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' } }); });
for (const name of ['news', 'article']) {
  const page = await context.newPage();
  await page.goto(`${server.url}/${name}.html`);
  await page.addScriptTag({ content: b.outputFiles[0].text });
  console.log(name, await page.evaluate(() => window.__mppBench.breakdown(5)));
  if (process.argv[2] === 'profile' && name === 'news') {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await page.evaluate(async () => { for (let i = 0; i < 10; i++) await window.__mppBench.breakdown ? await (async () => { })() : 0; });
    await page.evaluate(() => window.__mppBench.scanVsWalk(10, 0));
    const { profile } = await cdp.send('Profiler.stop');
    const self = new Map();
    const dt = profile.timeDeltas; const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    profile.samples.forEach((id, i) => { const n = byId.get(id); const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`; self.set(k, (self.get(k) ?? 0) + (dt[i] ?? 0)); });
    const tot = [...self.values()].reduce((a, b) => a + b, 0);
    console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${(100 * v / tot).toFixed(1)}% ${k}`).join('\n'));
  }
}
await context.close(); await server.close();
