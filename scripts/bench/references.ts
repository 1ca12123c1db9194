/**
 * The reference extensions the benchmark measures beside this one, built into a temporary folder:
 * - floor: reads document.body.textContent once (the least any reader of page text pays);
 * - gate: the least a content script that decides pays: the text, one case-insensitive regex of
 *   the aliases, a MutationObserver that tests added text;
 * - markjs: the naive way, mark.js markRegExp with the aliases' regex on every page;
 * - lazy: the least an extension that loads its reader on demand pays, as this one does: the
 *   minimal gate, at document_end with a highlight style sheet as this extension in Chromium, then
 *   on a hit a web-accessible module under a per-session URL (use_dynamic_url), which paints the
 *   regex's hits in text nodes outside scripts and styles with CSS highlights. Its cost and first
 *   highlight are the floor of this design: the gap between it and this extension is the reader's own.
 * The others run at document_idle, as they always have, so that their figures compare across runs.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

const ALIASES = String.raw`remain[\s\u00a0-]+in[\s\u00a0-]+m[eé]xico|migrant[\s\u00a0]+protection[\s\u00a0]+protocols?|qu[eé]date[\s\u00a0]+en[\s\u00a0]+m[eé]xico|\bmpp\b`;

interface Options {
  /** Written as given, web-accessible under the per-session URL only (as this extension's reader). */
  resources?: Record<string, string>;
  /** A style sheet the manifest injects with the content script. */
  css?: string;
  runAt?: 'document_end' | 'document_idle';
}

/** `files`: copied before the content script. */
function extension(
  dir: string,
  name: string,
  files: Record<string, string>,
  script: string,
  { resources = {}, css, runAt = 'document_idle' }: Options = {},
): string {
  const out = join(dir, name);
  mkdirSync(out, { recursive: true });
  for (const [file, src] of Object.entries(files)) copyFileSync(src, join(out, file));
  for (const [file, text] of Object.entries(resources)) writeFileSync(join(out, file), text);
  if (css !== undefined) writeFileSync(join(out, 'content.css'), css);
  writeFileSync(join(out, 'content.js'), script);
  const accessible = Object.keys(resources);
  writeFileSync(
    join(out, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: `bench ${name}`,
      version: '1.0',
      content_scripts: [
        {
          matches: ['http://*/*', 'https://*/*'],
          js: [...Object.keys(files), 'content.js'],
          ...(css !== undefined && { css: ['content.css'] }),
          run_at: runAt,
        },
      ],
      ...(accessible.length && {
        web_accessible_resources: [
          { resources: accessible, matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true },
        ],
      }),
    }),
  );
  return out;
}

/** The gate's test, then what runs on a hit or on added text that holds an alias. */
const gateThen = (onHit: string) => `(() => {
  const re = new RegExp(${JSON.stringify(ALIASES)}, 'i');
  if (re.test(document.body.textContent)) return ${onHit};
  const watch = new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) if (re.test(n.textContent || '')) {
      watch.disconnect();
      return ${onHit};
    }
  });
  watch.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
})();`;

/**
 * The lazy reference's reader: every hit of the aliases' regex within a text node outside scripts
 * and styles (as mark.js with its exclusions), one highlight.
 */
const LAZY_READER = `const re = new RegExp(${JSON.stringify(ALIASES)}, 'giu');
const skip = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'TEMPLATE']);
const ranges = [];
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
for (let n = walker.nextNode(); n; n = walker.nextNode()) {
  if (skip.has(n.parentNode.nodeName)) continue;
  for (const m of n.data.matchAll(re)) {
    const r = new Range();
    r.setStart(n, m.index);
    r.setEnd(n, m.index + m[0].length);
    ranges.push(r);
  }
}
if (ranges.length) CSS.highlights.set('bench-lazy', new Highlight(...ranges));
`;

export type Reference = 'floor' | 'gate' | 'markjs' | 'lazy';

/** The lazy reference's reader, for its unit test. */
export const lazyReaderSource = LAZY_READER;

export function buildReferences(dir: string): Record<Reference, string> {
  return {
    floor: extension(dir, 'floor', {}, 'window.__benchFloor = document.body.textContent.length;'),
    gate: extension(dir, 'gate', {}, gateThen('undefined')),
    markjs: extension(
      dir,
      'markjs',
      { 'mark.min.js': require.resolve('mark.js/dist/mark.min.js') },
      `new Mark(document.body).markRegExp(new RegExp(${JSON.stringify(ALIASES)}, 'giu'), { exclude: ['script', 'style'] });`,
    ),
    lazy: extension(dir, 'lazy', {}, gateThen("void import(chrome.runtime.getURL('/reader.js'))"), {
      resources: { 'reader.js': LAZY_READER },
      css: '::highlight(bench-lazy) { background-color: #ffe58a; }',
      runAt: 'document_end',
    }),
  };
}
