#!/usr/bin/env node
// Bundle budget: gzip sizes of what the browser loads, printed as a table, failing when over.
// The content script runs on every page a person opens, so its budget is the tight one; Dexie and
// fuse.js must never reach it (they belong to the background and the sidebar).
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { chromeBuild } from './lib/chromium.mjs';

const KB = 1024;
const budgets = [
  // Every http(s) page runs the gate; the reader loads only where the gate opens. Its text is
  // what every page compiles: without the full pattern's parts, their builder and the settings'
  // checks (session 10) it was 1.8 KB gzipped (5.3 KB raw, 9.4 before). The early paint (session
  // 12: lib/reader/early-paint.ts, with the settings' checks it needs and the reader's exclusions)
  // brings it to 3.0 KB (7.4 KB raw), for a first highlight some 20 ms sooner; what every page
  // pays for it, measured from outside, is within the noise (4.27 against 4.05 ms), so 3.25 KB.
  {
    name: 'content script (gate)',
    files: ['gate.js'],
    limit: 3.25 * KB,
    forbid: ['dexie', 'fuse'],
  },
  {
    // Loaded only on pages the gate opens for (or with notes), and parsed before the first
    // highlight (62 KB added to it delayed that by 65 ms; a few KB do not show). The full pivots' template no longer rides in it (a
    // file of its own, fetched for text past Latin-1 only), nor the prefilter, which its page
    // scan never used (its pivots choose the blocks): 18.2 KB gzipped, so 19 KB. The matcher's
    // terms now ride in it built (JSON, in place of the topic pack's object): 18.7 KB. Four
    // detector rules from a fourth blind batch and the per-batch paint took it to 19.2 KB; 63 KB
    // of eagerly compiled code appended to it moved the first highlight by 3 ms (147.6 against
    // 144.7 ms, 14 loads each, session 8), so the limit is 20 KB. Rules from blind batches 9 and
    // 10 (session 9) took it to 20.5 KB; leaving out the terms' boundary flags that are true
    // saved 5.6 KB raw but only 45 B gzipped, not worth a reviver on the page, so 21 KB.
    name: 'reader (lazy)',
    files: ['reader-core.js'],
    limit: 21 * KB,
    forbid: ['dexie', 'fuse', 'prefilter'],
  },
  {
    // Loaded on first hover. The status lines, page signals and the figure explanations in the
    // reader's language (lib/i18n) came with issue 11.
    name: 'popover UI (lazy)',
    files: ['popover-ui.js'],
    limit: 24 * KB,
    forbid: ['dexie', 'fuse'],
    optional: true,
  },
  { name: 'background', files: ['background.js'], limit: 50 * KB },
  // The sidebar runs search (fuse.js) and note keeping (Dexie, zod) itself; everything it loads counts.
  // The sidebar shows the status lines and their sources since issue 11 (about 1 KB).
  { name: 'sidebar', files: pageFiles('sidepanel.html'), limit: 104 * KB },
  { name: 'article page', files: pageFiles('article.html'), limit: 100 * KB },
];

/** An extension page and every script it loads: <script src>, modulepreload, and their imports. */
function pageFiles(html) {
  const path = join(chromeBuild, html);
  if (!existsSync(path)) return [html];
  const seen = new Set([html]);
  const queue = [...readFileSync(path, 'utf8').matchAll(/(?:src|href)="\/([^"]+\.js)"/g)].map((m) => m[1]);
  while (queue.length) {
    const file = queue.shift();
    if (seen.has(file) || !existsSync(join(chromeBuild, file))) continue;
    seen.add(file);
    const dir = file.slice(0, file.lastIndexOf('/') + 1);
    const code = readFileSync(join(chromeBuild, file), 'utf8');
    for (const m of code.matchAll(/(?:from|import\()\s*"\.\/([^"]+\.js)"/g)) queue.push(dir + m[1]);
  }
  return [...seen];
}

if (!existsSync(chromeBuild)) {
  console.error(`bundle budget: no build at ${chromeBuild}; run npm run build first`);
  process.exit(1);
}
let failed = false;
const rows = [];
for (const b of budgets) {
  const present = b.files.filter((f) => existsSync(join(chromeBuild, f)));
  if (present.length === 0) {
    if (b.optional) continue;
    console.error(`bundle budget: ${b.name}: none of ${b.files.join(', ')} was built`);
    failed = true;
    continue;
  }
  let raw = 0;
  let gz = 0;
  const problems = [];
  for (const f of present) {
    const buf = readFileSync(join(chromeBuild, f));
    raw += buf.length;
    gz += gzipSync(buf, { level: 9 }).length;
    const text = buf.toString('utf8');
    for (const lib of b.forbid ?? []) {
      // Fingerprints: Dexie names its class and error types; fuse.js its scoring options; the
      // prefilter (lib/detect/prefilter.ts) its class of unusual characters.
      const marks = {
        dexie: /DexieError|Dexie\.version|dexie\.js/i,
        fuse: /ignoreLocation|fieldNormWeight/,
        prefilter: /\\u20A0-\\u20C0\\u2190-\\u23FF/,
      };
      if (marks[lib].test(text)) problems.push(`${lib} found in ${f}`);
    }
  }
  const ok = gz <= b.limit && problems.length === 0;
  failed ||= !ok;
  rows.push({
    bundle: b.name,
    raw: raw,
    gzip: gz,
    budget: b.limit,
    status: ok ? 'ok' : `OVER ${problems.join('; ')}`,
  });
}
const pad = (s, n) => String(s).padEnd(n);
console.log(`${pad('bundle', 24)} ${pad('raw B', 9)} ${pad('gzip B', 9)} ${pad('budget B', 9)} status`);
for (const r of rows)
  console.log(`${pad(r.bundle, 24)} ${pad(r.raw, 9)} ${pad(r.gzip, 9)} ${pad(r.budget, 9)} ${r.status}`);
process.exit(failed ? 1 : 0);
