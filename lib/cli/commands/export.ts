/**
 * `mpp-context export NOTES.json --to md|csv|webannotation|claimreview`: converts a JSON export
 * from the extension into another format on stdout, so a newsroom can script reports without
 * opening a browser. Usage mistakes exit 2 (via UsageError); a file that cannot be read or is
 * not a valid export exits 1 with every problem listed on stderr.
 */
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { mppPack } from '../../../data/mpp/index';
import { notesToClaimReview } from '../../export/claimreview';
import type { ExportContext } from '../../export/context';
import { notesToCsv } from '../../export/csv';
import { ImportError, MAX_IMPORT_BYTES, parseNotesExportCollection } from '../../export/import';
import { notesToMarkdown } from '../../export/markdown';
import { notesToWebAnnotation } from '../../export/webannotation';
import type { Note } from '../../notes/model';
import { parseCommandArgs } from '../args';
import { UsageError, type CliIo, type Command } from '../types';

const RENDERERS: Record<string, (notes: readonly Note[], context: ExportContext) => string> = {
  md: notesToMarkdown,
  csv: notesToCsv,
  webannotation: notesToWebAnnotation,
  claimreview: notesToClaimReview,
};

class InputError extends Error {}

async function readNotesFile(path: string): Promise<string> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? 'no such file' : `cannot read it (${code ?? String(error)})`);
  }
  // Checked before reading, so a huge file is never loaded into memory.
  if (size > MAX_IMPORT_BYTES) {
    throw new InputError(
      `the file is ${(size / 2 ** 20).toFixed(1)} MB; the limit is ${MAX_IMPORT_BYTES / 2 ** 20} MB`,
    );
  }
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read it (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
}

async function run(args: string[], io: CliIo, cwd = process.cwd()): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    to: { type: 'string', default: 'md' },
    lang: { type: 'string', default: 'en' },
  });
  if (positionals.length !== 1) {
    throw new UsageError(
      positionals.length === 0 ? 'missing NOTES.json' : `expected one file, got ${positionals.length}`,
    );
  }
  const [file] = positionals as [string];
  const render = Object.hasOwn(RENDERERS, values.to) ? RENDERERS[values.to] : undefined;
  if (!render) {
    throw new UsageError(
      `unknown format --to ${values.to}; expected one of ${Object.keys(RENDERERS).join(', ')}`,
    );
  }
  if (values.lang !== 'en' && values.lang !== 'es') {
    throw new UsageError(`unknown --lang ${values.lang}; expected en or es`);
  }

  try {
    const { notes, generated } = parseNotesExportCollection(await readNotesFile(resolve(cwd, file)));
    // The file's own stamp, not the clock: converting the same file twice gives the same bytes.
    const generatedAt = generated ?? new Date().toISOString();
    io.stdout(render(notes, { generatedAt, packFacts: mppPack.facts, lang: values.lang }));
    return 0;
  } catch (error) {
    if (error instanceof InputError) {
      io.stderr(`mpp-context export: ${file}: ${error.message}\n`);
      return 1;
    }
    if (error instanceof ImportError) {
      const problems = error.problems.map((p) => `  ${p}\n`).join('');
      io.stderr(`mpp-context export: ${file} is not a valid MPP Context notes export:\n${problems}`);
      return 1;
    }
    throw error;
  }
}

export const exportCommand: Command & { run(args: string[], io: CliIo, cwd?: string): Promise<number> } = {
  name: 'export',
  usage: 'export NOTES.json [--to md|csv|webannotation|claimreview] [--lang en|es]',
  summary:
    'Convert a notes JSON export from the extension to Markdown (default), CSV, Web Annotation or ClaimReview.',
  run,
};
