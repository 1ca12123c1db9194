import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedsDir } from '../../lib/node/seeds';

describe('seeds/', () => {
  const sums = readFileSync(join(seedsDir, 'SHA256SUMS'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => {
      const [hash, file] = line.split(/\s+/);
      return { hash: hash!, file: file! };
    });

  it('holds exactly the five seed articles listed in SHA256SUMS', () => {
    const files = readdirSync(seedsDir)
      .filter((f) => f.endsWith('.txt'))
      .sort();
    expect(files).toEqual(sums.map((s) => s.file).sort());
    expect(files).toHaveLength(5);
  });

  it.each(sums)('$file is byte for byte the seed (SHA-256)', ({ file, hash }) => {
    const digest = createHash('sha256')
      .update(readFileSync(join(seedsDir, file)))
      .digest('hex');
    expect(digest).toBe(hash);
  });

  it('keeps the traps the product exists to expose: curly quotes and no-break spaces', () => {
    const all = sums.map((s) => readFileSync(join(seedsDir, s.file), 'utf8')).join('');
    expect(all).toMatch(/[“”’]/);
    expect(all).toContain('\u00a0');
  });
});
