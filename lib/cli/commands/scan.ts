import { readFile } from 'node:fs/promises';
import { parseHTML } from 'linkedom';
import { mppPack } from '../../../data/mpp/index';
import { createMatcher, scanRoot } from '../../detect/matcher';
import type { Mention } from '../../topic/schema';
import { parseCommandArgs } from '../args';
import { UsageError, type Command } from '../types';

export interface ScanResult {
  file: string;
  mentions: Mention[];
}

/** Mentions in one HTML document, found exactly as the content script finds them. */
export function scanHtml(html: string, matcher = createMatcher([mppPack.topic])): Mention[] {
  const { document } = parseHTML(html);
  // The W3C Mention shape only, in a stable key order for diffable JSON.
  return scanRoot(document, matcher).map(({ mention: m }) => ({
    exact: m.exact,
    prefix: m.prefix,
    suffix: m.suffix,
    start: m.start,
    end: m.end,
    topic: m.topic,
  }));
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ');
}

export const scan: Command = {
  name: 'scan',
  usage: 'scan PAGE.html... [--json]',
  summary: 'Find mentions of the policy in saved HTML pages, as the extension would.',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { json: { type: 'boolean' } });
    if (positionals.length === 0) throw new UsageError('missing PAGE.html');
    const matcher = createMatcher([mppPack.topic]);
    const results: ScanResult[] = [];
    let failed = false;
    for (const file of positionals) {
      let html: string;
      try {
        html = await readFile(file, 'utf8');
      } catch (error) {
        failed = true;
        const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
        io.stderr(`mpp-context scan: cannot read ${file} (${reason})\n`);
        continue;
      }
      results.push({ file, mentions: scanHtml(html, matcher) });
    }
    if (values.json) {
      io.stdout(JSON.stringify(results, null, 2) + '\n');
    } else {
      for (const r of results) {
        io.stdout(`${r.file}: ${r.mentions.length} mention${r.mentions.length === 1 ? '' : 's'}\n`);
        for (const m of r.mentions) {
          io.stdout(
            `  ${m.start}-${m.end}  ${oneLine(m.exact)}  …${oneLine(m.prefix)}[${oneLine(m.exact)}]${oneLine(m.suffix)}…\n`,
          );
        }
      }
    }
    return failed ? 1 : 0;
  },
};
