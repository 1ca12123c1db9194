import { readFile, stat } from 'node:fs/promises';
import { parseHTML } from 'linkedom';
import { mppPack } from '../../../data/mpp/index';
import { createMatcher, scanRoot } from '../../detect/matcher';
import { stylesheetHiding } from '../../detect/stylesheet-hiding';
import type { Mention } from '../../topic/schema';
import { parseCommandArgs } from '../args';
import { UsageError, type Command } from '../types';

export interface ScanResult {
  file: string;
  mentions: Mention[];
}

/**
 * Mentions in one HTML document, found as the content script finds them; text the page's own
 * style sheets hide is left out, as the browser's layout leaves it out there.
 */
export function scanHtml(html: string, matcher = createMatcher([mppPack.topic])): Mention[] {
  const { document } = parseHTML(html);
  // The W3C Mention shape only, in a stable key order for diffable JSON.
  return scanRoot(document, matcher, { isHidden: stylesheetHiding(document) }).map(({ mention: m }) => ({
    exact: m.exact,
    prefix: m.prefix,
    suffix: m.suffix,
    start: m.start,
    end: m.end,
    topic: m.topic,
  }));
}

/**
 * Larger pages are refused before they are read: the extension itself reads at most a few
 * megabytes of a page's text, and a saved page past this is more likely a mistake (or a trap).
 */
export const MAX_SCAN_BYTES = 20 * 1024 * 1024;

/**
 * Page text on one terminal line, with what a terminal would hide or obey shown instead: control
 * characters (an escape sequence could rewrite the line above), zero-width and bidirectional
 * controls, and soft hyphens, as \u{…}.
 */
export function visibleLine(s: string): string {
  return (
    s
      .replace(/[\t\n\r\f\v ]+/g, ' ')
      // Control characters are what this pattern is for.
      .replace(
        // eslint-disable-next-line no-control-regex
        /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g,
        (c) => `\\u{${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}}`,
      )
  );
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
        const { size } = await stat(file);
        if (size > MAX_SCAN_BYTES) {
          failed = true;
          io.stderr(
            `mpp-context scan: ${file} is ${(size / 1024 / 1024).toFixed(1)} MB; pages over ${MAX_SCAN_BYTES / 1024 / 1024} MB are not scanned\n`,
          );
          continue;
        }
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
            `  ${m.start}-${m.end}  ${visibleLine(m.exact)}  …${visibleLine(m.prefix)}[${visibleLine(m.exact)}]${visibleLine(m.suffix)}…\n`,
          );
        }
      }
    }
    return failed ? 1 : 0;
  },
};
