import { build } from 'esbuild';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { launchWithExtension } from '../../scripts/lib/chromium.mjs';
import { serveFixtures } from '../../scripts/lib/serve.mjs';
import { articlePage } from './pages.mjs';
const dir = mkdtempSync(join(tmpdir(), 'mpp-x-'));
writeFileSync(join(dir, 'none.html'), articlePage({ seed: 3, mentionCount: 0 }).html);
writeFileSync(join(dir, 'entry.ts'), `
const t0 = performance.now();
import { topic } from '/work/main/data/mpp/topic';
import { createMatcher, scanRoot } from '/work/main/lib/detect/matcher';
const t1 = performance.now();
const m = createMatcher([topic]);
const t2 = performance.now();
const est = m.establishedIn(document.body.textContent);
const t3 = performance.now();
const hits = scanRoot(document.body, m, { established: est, isHidden: (el) => !el.checkVisibility({ visibilityProperty: true }) });
const t4 = performance.now();
const hits2 = scanRoot(document.body, m, { established: est });
const t5 = performance.now();
window.__cold = { createMatcher: t2 - t1, establishedIn: t3 - t2, scanRoot: t4 - t3, scanRoot2: t5 - t4, hits: hits.length };
`);
const b = await build({ entryPoints: [join(dir, 'entry.ts')], bundle: true, format: 'iife', target: 'chrome120', write: false });
const server = await serveFixtures(dir);
const { context } = await launchWithExtension({ extension: null });
for (let i = 0; i < 3; i++) {
  const page = await context.newPage();
  await page.goto(`${server.url}/none.html`);
  await page.addScriptTag({ content: b.outputFiles[0].text });
  console.log(await page.evaluate(() => window.__cold));
  await page.close();
}
await context.close(); await server.close();
