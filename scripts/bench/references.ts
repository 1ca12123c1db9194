/**
 * The reference extensions the benchmark measures beside this one, built into a temporary folder:
 * - floor: reads document.body.textContent once (the least any reader of page text pays);
 * - gate: the least a content script that decides pays: the text, one case-insensitive regex of
 *   the aliases, a MutationObserver that tests added text;
 * - markjs: the naive way, mark.js markRegExp with the aliases' regex on every page.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

const ALIASES = String.raw`remain[\s\u00a0-]+in[\s\u00a0-]+m[eé]xico|migrant[\s\u00a0]+protection[\s\u00a0]+protocols?|qu[eé]date[\s\u00a0]+en[\s\u00a0]+m[eé]xico|\bmpp\b`;

function extension(dir: string, name: string, files: Record<string, string>, script: string): string {
  const out = join(dir, name);
  mkdirSync(out, { recursive: true });
  for (const [file, src] of Object.entries(files)) copyFileSync(src, join(out, file));
  writeFileSync(join(out, 'content.js'), script);
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
          run_at: 'document_idle',
        },
      ],
    }),
  );
  return out;
}

export function buildReferences(dir: string): Record<'floor' | 'gate' | 'markjs', string> {
  return {
    floor: extension(dir, 'floor', {}, 'window.__benchFloor = document.body.textContent.length;'),
    gate: extension(
      dir,
      'gate',
      {},
      `(() => {
  const re = new RegExp(${JSON.stringify(ALIASES)}, 'i');
  if (re.test(document.body.textContent)) return;
  new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) if (re.test(n.textContent || '')) return;
  }).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
})();`,
    ),
    markjs: extension(
      dir,
      'markjs',
      { 'mark.min.js': require.resolve('mark.js/dist/mark.min.js') },
      `new Mark(document.body).markRegExp(new RegExp(${JSON.stringify(ALIASES)}, 'giu'), { exclude: ['script', 'style'] });`,
    ),
  };
}
