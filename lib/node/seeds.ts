import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The repository's seeds/ folder, found from this file rather than the working directory so the
 * CLI works from anywhere and tests never reach outside the repo.
 */
export const seedsDir = fileURLToPath(new URL('../../seeds/', import.meta.url));

const SEED_FILE = /^\d{3}_[0-9a-f]{16}\.txt$/;

/** Every seed article as Record<fileName, text>, in file-name order. */
export function readSeeds(dir: string = seedsDir): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const name of readdirSync(dir)
    .filter((n) => SEED_FILE.test(n))
    .sort()) {
    texts[name] = readFileSync(`${dir.replace(/\/$/, '')}/${name}`, 'utf8');
  }
  return texts;
}
