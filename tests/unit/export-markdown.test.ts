import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mppPack } from '../../data/mpp/index';
import { parseNotesExport } from '../../lib/export/import';
import { notesToMarkdown } from '../../lib/export/markdown';
import { escapeMarkdownBlock, escapeMarkdownInline, markdownUrl } from '../../lib/export/markdown-escape';
import type { Note } from '../../lib/notes/model';

const sample = parseNotesExport(readFileSync('tests/fixtures/notes-sample.json', 'utf8'));
const context = { generatedAt: '2026-11-20T12:00:00.000Z', packFacts: mppPack.facts };
const HOSTILE_ID = '4e5f6a7b-0c1d-4e2f-8a3b-1c2d3e4f5aac';

function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(heading);
  const next = markdown.indexOf('\n### ', start + 1);
  return markdown.slice(start, next === -1 ? undefined : next);
}

describe('notesToMarkdown', () => {
  const md = notesToMarkdown(sample, context);

  it('groups notes under one heading per page, with the page link', () => {
    const pages = new Set(sample.map((n) => n.pageUrl));
    expect(md.match(/^## /gm)).toHaveLength(pages.size);
    for (const url of pages) expect(md).toContain(`\n<${url}>\n`);
    expect(md.match(/^### Note \d+: /gm)).toHaveLength(sample.length);
    expect(md).toContain('12 notes on 5 pages');
  });

  it('shows verdict label, quote as blockquote, text, tags and linked facts with statement and quote', () => {
    const note1 = section(md, '### Note 1: Accurate');
    expect(note1).toContain(
      '\n> the Trump administration has required more than 16,500 migrants to wait in Mexico\n',
    );
    expect(note1).toContain('Matches the curated figure as of July 2019.');
    expect(note1).toContain('- Tags: figures, dated-figure');
    expect(note1).toContain('- Author: Ana Ruiz');

    const fact = mppPack.facts.find((f) => f.id === 'mpp-16500-made-to-wait')!;
    expect(note1).toContain(`- mpp-16500-made-to-wait: ${fact.statement}`);
    expect(note1).toContain(`  > ${fact.quote}`);
  });

  it('says when a linked fact is not in the loaded pack, and works with no pack at all', () => {
    expect(md).toContain('- not-in-the-pack (not in the loaded topic pack)');
    const bare = notesToMarkdown(sample, { generatedAt: context.generatedAt });
    expect(bare).toContain('- mpp-16500-made-to-wait (not in the loaded topic pack)');
  });

  it('labels a comment without verdict and a note on a curated fact alone', () => {
    const factOnly = section(md, '### Note 12: No verdict');
    expect(factOnly).not.toContain('\n> ');
    expect(factOnly).toContain('- About curated fact: similar-deals-honduras-el-salvador: ');
  });

  it('renders hostile text inert: no raw HTML, headings, links or list markers', () => {
    const hostileNumber = [...md.matchAll(/^### Note (\d+): /gm)].find((m) =>
      section(md, m[0]).includes('HYPERLINK'),
    )![1];
    const hostile = section(md, `### Note ${hostileNumber}: `);
    expect(sample.some((n) => n.id === HOSTILE_ID)).toBe(true);

    // Every '<' is backslash-escaped except those opening the page autolinks.
    expect(md).not.toMatch(/(?<!\\)<(?!https:\/\/news\.example\/)/);
    expect(hostile).toContain('\\<script\\>alert("xss")\\</script\\>\\<img src=x onerror="alert(1)"\\>');
    expect(hostile).toContain('\\# Not a heading \\[link\\](javascript:alert(1)) \\| a \\| table');
    expect(hostile).toMatch(/^\\- not a list\\$/m);
    expect(hostile).toMatch(/^1\\\. not a list either\\$/m);
    expect(hostile).toContain('\\&amp;');
  });

  it('shows control characters and bidi overrides instead of emitting them', () => {
    expect(md).toContain('an RTL override: ⟦U+202E⟧txt.exe⟦U+202C⟧');
    expect(md).toContain('⟦U+0000⟧ ⟦U+0007⟧ ⟦U+001B⟧');
    // eslint-disable-next-line no-control-regex -- asserting control characters are absent
    expect(md).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u202A-\u202E]/);
  });

  it('writes headings and labels in Spanish on request', () => {
    const es = notesToMarkdown(sample, { ...context, lang: 'es' });
    expect(es.startsWith('# Notas de MPP Context')).toBe(true);
    expect(es).toContain('### Nota 1: Exacto');
    expect(es).toContain('Sin veredicto');
  });

  it('is a pure function of its input', () => {
    expect(notesToMarkdown([...sample].reverse(), context)).toBe(md);
  });
});

describe('markdown escaping', () => {
  it('escapes inline markup but leaves ordinary text readable', () => {
    expect(escapeMarkdownInline('*bold* [x](y) `c` <b> a|b ~s~ #1 &amp;')).toBe(
      '\\*bold\\* \\[x\\](y) \\`c\\` \\<b\\> a\\|b \\~s\\~ \\#1 \\&amp;',
    );
    expect(escapeMarkdownInline('000_4aee7743f2ad6556.txt and _em_')).toBe(
      '000_4aee7743f2ad6556.txt and \\_em\\_',
    );
    expect(escapeMarkdownInline('U.S. 16,500 (July 2019)')).toBe('U.S. 16,500 (July 2019)');
  });

  it('escapes block markers only at the start of a line', () => {
    expect(escapeMarkdownBlock('- a\n+ b\n= c\n12. d\n3) e\nx - y')).toBe(
      '\\- a\\\n\\+ b\\\n\\= c\\\n12\\. d\\\n3\\) e\\\nx - y',
    );
  });

  it('keeps line breaks as hard breaks and paragraphs as blank lines', () => {
    expect(escapeMarkdownBlock('one\ntwo\r\n\r\n\r\nthree')).toBe('one\\\ntwo\n\nthree');
  });

  it('links only plain http(s) URLs', () => {
    expect(markdownUrl('https://news.example/a.html?q=1')).toBe('<https://news.example/a.html?q=1>');
    expect(markdownUrl('javascript:alert(1)')).toBe('javascript:alert(1)');
    expect(markdownUrl('https://x.example/a>b')).toBe('https://x.example/a\\>b');
  });
});

describe('a minimal note', () => {
  it('omits empty parts', () => {
    const note: Note = {
      id: '11111111-2222-4333-8444-555555555555',
      pageUrl: 'https://news.example/a.html',
      pageTitle: '',
      target: { source: 'https://news.example/a.html', selectors: [] },
      verdict: null,
      text: '',
      tags: [],
      linkedFacts: [],
      created: '2025-01-01T00:00:00.000Z',
      updated: '2025-01-01T00:00:00.000Z',
    };
    const md = notesToMarkdown([note], { generatedAt: '2025-01-02T00:00:00.000Z' });
    expect(md).toBe(
      [
        '# MPP Context notes',
        'Exported 2025-01-02T00:00:00.000Z. 1 note on 1 page.',
        '## Untitled page',
        '<https://news.example/a.html>',
        '### Note 1: No verdict',
        '- Created 2025-01-01T00:00:00.000Z, updated 2025-01-01T00:00:00.000Z',
      ].join('\n\n') + '\n',
    );
  });
});
