import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mppPack } from '../../data/mpp/index';
import { exportCommand } from '../../lib/cli/commands/export';
import { main } from '../../lib/cli/main';
import { notesToClaimReview } from '../../lib/export/claimreview';
import { notesToCsv } from '../../lib/export/csv';
import { parseNotesExportCollection } from '../../lib/export/import';
import { notesToMarkdown } from '../../lib/export/markdown';
import { notesToWebAnnotation } from '../../lib/export/webannotation';

const SAMPLE = 'tests/fixtures/notes-sample.json';
const sampleText = readFileSync(SAMPLE, 'utf8');
const { notes, generated } = parseNotesExportCollection(sampleText);
const context = { generatedAt: generated!, packFacts: mppPack.facts };

const scratch = mkdtempSync(join(tmpdir(), 'mpp-cli-export-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function scratchFile(name: string, text: string): string {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
}

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

describe('mpp-context export (in process)', () => {
  it.each([
    ['md', notesToMarkdown],
    ['csv', notesToCsv],
    ['webannotation', notesToWebAnnotation],
    ['claimreview', notesToClaimReview],
  ] as const)('--to %s writes the exporter’s output to stdout', async (format, exporter) => {
    const result = await cli('export', SAMPLE, '--to', format);
    expect(result).toEqual({ code: 0, stdout: exporter(notes, context), stderr: '' });
  });

  it('defaults to Markdown, takes --to=value and --lang es', async () => {
    expect((await cli('export', SAMPLE)).stdout).toBe(notesToMarkdown(notes, context));
    const es = await cli('export', SAMPLE, '--to=md', '--lang', 'es');
    expect(es.stdout).toBe(notesToMarkdown(notes, { ...context, lang: 'es' }));
  });

  it('reproduces a Web Annotation file from itself, using the file’s own generated stamp', async () => {
    const once = (await cli('export', SAMPLE, '--to', 'webannotation')).stdout;
    const path = scratchFile('once.json', once);
    expect((await cli('export', path, '--to', 'webannotation')).stdout).toBe(once);
  });

  it('exits 1 with a clear message for a missing file', async () => {
    const result = await cli('export', join(scratch, 'nope.json'));
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/nope\.json: no such file\n$/);
  });

  it('exits 1 for malformed JSON', async () => {
    const result = await cli('export', scratchFile('broken.json', '{"type": "AnnotationCollection",'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('is not a valid MPP Context notes export:\n  the file is not valid JSON');
  });

  it('exits 1 for an invalid export, listing each problem by item and field', async () => {
    const json = JSON.parse(sampleText);
    json.first.items[3].target.selector = 'oops';
    json.first.items[4].created = 5;
    const result = await cli('export', scratchFile('invalid.json', JSON.stringify(json)), '--to', 'csv');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('  items[3].target.selector: expected an array, got a string\n');
    expect(result.stderr).toContain('  items[4].created: expected a string, got a number\n');
  });

  it('exits 2 for an unknown --to, an unknown option, or a missing file argument', async () => {
    const unknownFormat = await cli('export', SAMPLE, '--to', 'pdf');
    expect(unknownFormat.code).toBe(2);
    expect(unknownFormat.stderr).toContain(
      'unknown format --to pdf; expected one of md, csv, webannotation, claimreview',
    );
    expect(unknownFormat.stderr).toContain(`usage: mpp-context ${exportCommand.usage}`);

    expect((await cli('export', SAMPLE, '--format', 'csv')).code).toBe(2);
    expect((await cli('export')).stderr).toContain('missing NOTES.json');
    expect((await cli('export', SAMPLE, '--lang', 'fr')).code).toBe(2);
  });

  it('is listed in the CLI help', async () => {
    expect((await cli('--help')).stdout).toContain(`mpp-context ${exportCommand.usage}`);
  });

  it('resolves relative paths against the given working directory when run directly', async () => {
    scratchFile('rel.json', sampleText);
    let stdout = '';
    const code = await exportCommand.run(
      ['rel.json', '--to', 'csv'],
      { stdout: (s) => (stdout += s), stderr: () => {} },
      scratch,
    );
    expect(code).toBe(0);
    expect(stdout).toBe(notesToCsv(notes, context));
  });
});

describe.skipIf(!existsSync('bin/mpp-context.mjs'))('mpp-context export (spawned)', () => {
  it('node bin/mpp-context.mjs export tests/fixtures/notes-sample.json --to csv', () => {
    const result = spawnSync(process.execPath, ['bin/mpp-context.mjs', 'export', SAMPLE, '--to', 'csv'], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(notesToCsv(notes, context));
  });
});
