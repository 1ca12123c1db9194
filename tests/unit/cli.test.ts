import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { S001, S002 } from '../../data/mpp/seed-files';
import { commands } from '../../lib/cli/commands';
import { main } from '../../lib/cli/main';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

describe('mpp-context CLI (in process)', () => {
  it('registers facts and search', () => {
    expect(Object.keys(commands)).toEqual(expect.arrayContaining(['facts', 'search']));
    for (const [name, command] of Object.entries(commands)) expect(command.name).toBe(name);
  });

  it('facts --json prints the whole pack with computed copy relations', async () => {
    const { code, stdout, stderr } = await run('facts', '--json');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const pack = JSON.parse(stdout);
    expect(Object.keys(pack)).toEqual([
      'version',
      'asOf',
      'records',
      'history',
      'topic',
      'sources',
      'facts',
      'figures',
      'conflicts',
      'timeline',
    ]);
    expect(pack.facts.length).toBeGreaterThanOrEqual(40);
    const bySeed = Object.fromEntries(pack.sources.map((s: { seed: string }) => [s.seed, s]));
    expect(bySeed[S002].copies.seed).toBe(S001);
    expect(bySeed[S002].copies.containment).toBeGreaterThan(0.8);
    expect(bySeed[S001].copies).toBeNull();
    expect(bySeed[S001].copiedBy.map((c: { seed: string }) => c.seed)).toEqual([S002]);
  });

  it('facts without --json prints a readable summary', async () => {
    const { code, stdout } = await run('facts');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Migrant Protection Protocols \/ Protocolos de Protección a Migrantes/);
    expect(stdout).toContain(`${S002}  (no outlet)  page 2024-05-28, events 2019-03  copies ${S001}`);
  });

  it('search --json ranks the policy first for a misspelt name', async () => {
    const { code, stdout } = await run('search', 'Remian in Mexcio', '--json');
    expect(code).toBe(0);
    const { query, results } = JSON.parse(stdout);
    expect(query).toBe('Remian in Mexcio');
    expect(results[0]).toMatchObject({ type: 'topic', id: 'mpp' });
  });

  it('search honours --limit and --type', async () => {
    const { stdout } = await run('search', 'Sheinbaum', '--json', '--limit', '2', '--type', 'fact');
    const { results } = JSON.parse(stdout);
    expect(results).toHaveLength(2);
    expect(results.every((r: { type: string }) => r.type === 'fact')).toBe(true);
  });

  it('search prints plain lines without --json', async () => {
    const { code, stdout } = await run('search', 'quedate en mexico', '--limit', '1');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^1\.000 {2}topic {5}mpp {2}Migrant Protection Protocols\n$/);
  });

  it.each([
    [['nope'], 'unknown command "nope"'],
    [[], 'missing command'],
    [['search'], 'missing QUERY'],
    [['search', 'x', '--bogus'], "Unknown option '--bogus'"],
    [['search', 'x', '--limit', 'many'], '--limit must be a positive integer'],
    [['search', 'x', '--type', 'planet'], 'unknown --type "planet"'],
    [['facts', 'extra'], 'unexpected argument "extra"'],
  ])('exits 2 with a usage line on stderr for %j', async (argv, message) => {
    const { code, stdout, stderr } = await run(...argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr).toMatch(/usage: mpp-context /);
  });

  it('--help prints usage on stdout and exits 0', async () => {
    const { code, stdout, stderr } = await run('--help');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('mpp-context search "QUERY"');
  });
});

describe('bin/mpp-context.mjs', () => {
  it('runs facts --json as a real process', () => {
    const stdout = execFileSync(process.execPath, ['bin/mpp-context.mjs', 'facts', '--json'], {
      cwd: repoRoot,
      encoding: 'utf8',
      timeout: 60_000,
    });
    const pack = JSON.parse(stdout);
    expect(pack.version).toBe(2);
    expect(pack.topic.id).toBe('mpp');
    expect(pack.sources).toHaveLength(5);
  }, 60_000);

  it('exits 2 for an unknown command', () => {
    let status: number | null = null;
    try {
      execFileSync(process.execPath, ['bin/mpp-context.mjs', 'nope'], {
        cwd: repoRoot,
        stdio: 'pipe',
        timeout: 60_000,
      });
    } catch (error) {
      status = (error as { status: number | null }).status;
    }
    expect(status).toBe(2);
  }, 60_000);
});
