import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildReferences } from '../../scripts/bench/references';

const dir = mkdtempSync(join(tmpdir(), 'bench-refs-'));
const refs = buildReferences(dir);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const manifest = (ext: string) => JSON.parse(readFileSync(join(ext, 'manifest.json'), 'utf8'));

describe("the bench's reference extensions", () => {
  it('are valid scripts: a syntax error would make a reference cost nothing', () => {
    for (const ext of Object.values(refs)) {
      const src = readFileSync(join(ext, 'content.js'), 'utf8');
      expect(() => new Function(src)).not.toThrow();
    }
    expect(() => new Function(readFileSync(join(refs.lazy, 'reader.js'), 'utf8'))).not.toThrow();
  });

  it('load the lazy reference’s reader as this extension loads its own: per-session URL only', () => {
    expect(manifest(refs.lazy).web_accessible_resources).toEqual([
      { resources: ['reader.js'], matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true },
    ]);
    expect(readFileSync(join(refs.lazy, 'content.js'), 'utf8')).toContain("runtime.getURL('/reader.js')");
    // The others expose nothing to pages.
    for (const name of ['floor', 'gate', 'markjs'] as const)
      expect(manifest(refs[name]).web_accessible_resources).toBeUndefined();
  });
});
