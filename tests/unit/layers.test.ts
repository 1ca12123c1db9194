/**
 * The repository's own rules, enforced (in the manner of refined-github's build tests): lib/ runs
 * in Node for the tests and the CLI, so it imports neither the extension API (wxt/browser) nor
 * the Preact views (components/).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const importsOf = (path: string) =>
  [...readFileSync(path, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((m) => m[1]!);

describe('layers', () => {
  it('lib/ imports neither wxt/browser nor components/', () => {
    const offenders: string[] = [];
    for (const file of files(join(root, 'lib'))) {
      for (const spec of importsOf(file)) {
        if (spec === 'wxt/browser' || spec.startsWith('wxt/') || /(^|\/)components\//.test(spec))
          offenders.push(`${relative(root, file)} imports ${spec}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('components/hooks/ holds hooks only: use* files exporting use* functions (and types and constants)', () => {
    const offenders: string[] = [];
    for (const file of files(join(root, 'components/hooks'))) {
      const name = relative(root, file);
      if (!/\/use[A-Z]\w*\.tsx?$/.test(name)) offenders.push(`${name} is not a hook's file`);
      const src = readFileSync(file, 'utf8');
      for (const m of src.matchAll(/^export (?:async )?(?:function|const|let|class) (\w+)/gm))
        if (!/^use[A-Z]|^[A-Z][A-Z0-9_]+$/.test(m[1]!)) offenders.push(`${name} exports ${m[1]}, not a hook`);
    }
    expect(offenders).toEqual([]);
  });

  it('the background imports nothing from the UI (components/)', () => {
    const offenders = importsOf(join(root, 'entrypoints/background.ts')).filter((spec) =>
      /(^|\/)components\//.test(spec),
    );
    expect(offenders).toEqual([]);
  });

  it('no source file is over 400 lines (curated data in data/ aside)', () => {
    const long: string[] = [];
    for (const dir of ['lib', 'components', 'entrypoints'])
      for (const file of files(join(root, dir))) {
        const lines = readFileSync(file, 'utf8').split('\n').length;
        if (lines > 400) long.push(`${relative(root, file)}: ${lines} lines`);
      }
    expect(long).toEqual([]);
  });
});
