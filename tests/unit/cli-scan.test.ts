import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../lib/cli/main';
import { MAX_SCAN_BYTES, scanHtml } from '../../lib/cli/commands/scan';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/detection/${name}`, import.meta.url));
const POSITIVE = fixture('en-news-remain-in-mexico.html');
const NEGATIVE = fixture('en-solar-mppt.html');

const tmp = mkdtempSync(join(tmpdir(), 'mpp-scan-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(['scan', ...argv], { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

describe('mpp-context scan on hostile files', () => {
  it('refuses a page over the size limit before reading it, and goes on with the others', async () => {
    const huge = join(tmp, 'huge.html');
    writeFileSync(huge, '');
    truncateSync(huge, MAX_SCAN_BYTES + 1);
    const { code, stdout, stderr } = await run(huge, POSITIVE);
    expect(code).toBe(1);
    expect(stderr).toMatch(/huge\.html is 20\.0 MB; pages over 20 MB are not scanned/);
    expect(stdout).toContain(`${POSITIVE}: 6 mentions`);
  });

  it('prints page text with control, zero-width and bidirectional characters made visible', async () => {
    const page = join(tmp, 'controls.html');
    writeFileSync(
      page,
      '<p>Officials \u001b[2Kpraised the Remain in Mexico\u200b policy\u202e today\u0007 again.</p>',
    );
    const { stdout } = await run(page);
    expect(stdout).toContain('\\u{001B}[2Kpraised');
    expect(stdout).toContain('\\u{200B}');
    expect(stdout).toContain('\\u{202E}');
    expect(stdout).toContain('\\u{0007}');
    // eslint-disable-next-line no-control-regex
    expect(stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u200b\u202e]/);
  });
});

describe('mpp-context scan', () => {
  it('prints one JSON object per file with the mentions found', async () => {
    const { code, stdout, stderr } = await run(POSITIVE, NEGATIVE, '--json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as Array<{ file: string; mentions: Array<Record<string, unknown>> }>;
    expect(result.map((r) => r.file)).toEqual([POSITIVE, NEGATIVE]);
    expect(result[0]!.mentions.map((m) => m.exact)).toEqual([
      'Remain in Mexico',
      'Remain in Mexico',
      'Migrant Protection Protocols',
      'MPP',
      'MPP',
      'Remain in Mexico',
    ]);
    expect(Object.keys(result[0]!.mentions[0]!)).toEqual([
      'exact',
      'prefix',
      'suffix',
      'start',
      'end',
      'topic',
    ]);
    expect(result[0]!.mentions[0]).toMatchObject({
      prefix: expect.stringContaining('known colloquially as "'),
      topic: 'mpp',
    });
    expect(result[1]!.mentions).toEqual([]);
  });

  it('prints a readable summary without --json', async () => {
    const { code, stdout } = await run(NEGATIVE, POSITIVE);
    expect(code).toBe(0);
    expect(stdout).toContain(`${NEGATIVE}: 0 mentions`);
    expect(stdout).toContain(`${POSITIVE}: 6 mentions`);
    expect(stdout).toMatch(/\d+-\d+ {2}Migrant Protection Protocols/);
  });

  it('reports an unreadable file on stderr and exits non-zero, still scanning the others', async () => {
    const missing = join(tmp, 'missing.html');
    const { code, stdout, stderr } = await run(missing, POSITIVE, '--json');
    expect(code).toBe(1);
    expect(stderr).toContain(`cannot read ${missing}`);
    expect(JSON.parse(stdout).map((r: { file: string }) => r.file)).toEqual([POSITIVE]);
    const dir = await run(tmp);
    expect(dir.code).toBe(1);
    expect(dir.stderr).toContain('EISDIR');
  });

  it('needs at least one file', async () => {
    const { code, stderr } = await run('--json');
    expect(code).toBe(2);
    expect(stderr).toContain('missing PAGE.html');
  });

  it('scans markup the same way as the extension (hidden and script text excluded)', async () => {
    const html =
      '<p>The “<em>Remain</em> in Mexico” policy</p><script>MPP</script><p hidden>Migrant Protection Protocols</p>';
    const expected = [
      { exact: 'Remain in Mexico', prefix: 'The “', suffix: '” policy', start: 5, end: 21, topic: 'mpp' },
    ];
    expect(scanHtml(html)).toEqual(expected);
    const page = join(tmp, 'page.html');
    writeFileSync(page, html);
    expect(JSON.parse((await run(page, '--json')).stdout)).toEqual([{ file: page, mentions: expected }]);
  });

  it('runs from the installed bin', () => {
    const result = spawnSync(
      process.execPath,
      ['bin/mpp-context.mjs', 'scan', NEGATIVE, POSITIVE, '--json'],
      {
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const parsed = JSON.parse(result.stdout) as Array<{ mentions: unknown[] }>;
    expect(parsed.map((r) => r.mentions.length)).toEqual([0, 6]);
  });
});
