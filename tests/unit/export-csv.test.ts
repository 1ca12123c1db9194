import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvField, notesToCsv } from '../../lib/export/csv';
import { parseNotesExport } from '../../lib/export/import';
import type { Note } from '../../lib/notes/model';

const sample = parseNotesExport(readFileSync('tests/fixtures/notes-sample.json', 'utf8'));
const context = { generatedAt: '2026-11-20T12:00:00.000Z' };

/** A strict RFC 4180 reader, so the tests check the file a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r') {
        if (text[i] === '"' || text[i] === '\n')
          throw new Error(`bare ${JSON.stringify(text[i])} in unquoted field`);
        field += text[i++];
      }
    }
    row.push(field);
    if (text[i] === ',') {
      i++;
    } else if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else if (i < text.length) {
      throw new Error(`unexpected ${JSON.stringify(text[i])} after field`);
    }
  }
  if (row.length > 0) throw new Error('last record has no CRLF');
  return rows;
}

function note(text: string, extra: Partial<Note> = {}): Note {
  return {
    id: '11111111-2222-4333-8444-555555555555',
    pageUrl: 'https://news.example/mpp/a.html',
    pageTitle: 'A page',
    target: { factId: 'mpp-16500-made-to-wait' },
    verdict: 'misleading',
    text,
    tags: [],
    linkedFacts: [],
    created: '2025-01-01T00:00:00.000Z',
    updated: '2025-01-01T00:00:00.000Z',
    ...extra,
  };
}

describe('csvField (RFC 4180)', () => {
  it('leaves plain fields alone', () => {
    expect(csvField('Remain in Mexico')).toBe('Remain in Mexico');
    expect(csvField('')).toBe('');
  });

  it('quotes fields with a comma, quote, CR or LF and doubles quotes', () => {
    expect(csvField('16,500')).toBe('"16,500"');
    expect(csvField('say "no"')).toBe('"say ""no"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
  });

  it.each([
    ['=', '=HYPERLINK("https://evil.example","x")', `"'=HYPERLINK(""https://evil.example"",""x"")"`],
    ['+', '+SUM(1,2)', `"'+SUM(1,2)"`],
    ['-', '-2+3', `'-2+3`],
    ['@', '@SUM(A1:A2)', `'@SUM(A1:A2)`],
    ['tab', '\t=1+1', `'\t=1+1`],
    ['CR', '\r=1+1', `"'\r=1+1"`],
  ])('neutralises a cell starting with %s', (_name, value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('does not touch formula characters after the first position', () => {
    expect(csvField('a=b+c-d@e')).toBe('a=b+c-d@e');
  });

  it('shows control and bidi characters instead of passing them to the spreadsheet', () => {
    expect(csvField('a\u0000b\u202Ec')).toBe('a⟦U+0000⟧b⟦U+202E⟧c');
    expect(csvField('\u202E=1')).toBe('⟦U+202E⟧=1');
  });
});

describe('notesToCsv', () => {
  it('writes a header and one CRLF record per note, readable by a strict parser', () => {
    const csv = notesToCsv(sample, context);
    const rows = parseCsv(csv);

    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(sample.length + 1);
    for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
    expect(csv.replace(/\r\n/g, '').includes('\n')).toBe(true); // newlines inside quoted text only
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('keeps quotes, positions and verdicts of the sample intact', () => {
    const rows = parseCsv(notesToCsv(sample, context));
    const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    const byId = new Map(rows.slice(1).map((r) => [r[col('id')], r]));

    const row = byId.get('3f8b2c1e-6a4d-4f0e-9b7a-1c2d3e4f5a61')!;
    expect(row[col('quote')]).toBe(
      'the Trump administration has required more than 16,500 migrants to wait in Mexico',
    );
    expect(row[col('verdict')]).toBe('accurate');
    expect(row[col('verdict_label')]).toBe('Accurate');
    expect(row[col('start')]).toBe('342');
    expect(row[col('linked_facts')]).toBe('mpp-16500-made-to-wait; only-240-returned-march-2019');
  });

  it('neutralises every formula-like cell of the hostile note in the sample', () => {
    const rows = parseCsv(notesToCsv(sample, context));
    for (const row of rows) {
      for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
    const hostile = rows.find((r) => r[0] === '4e5f6a7b-0c1d-4e2f-8a3b-1c2d3e4f5aac')!;
    expect(hostile[CSV_COLUMNS.indexOf('text')]!.startsWith(`'=HYPERLINK(`)).toBe(true);
    expect(hostile[CSV_COLUMNS.indexOf('author')]).toBe(`'@attacker`);
    expect(hostile[CSV_COLUMNS.indexOf('tags')]).toBe(
      `'=cmd|' /C calc'!A0; +SUM(1,2); -2+3; @SUM(A1:A2); \tleading tab; \rleading cr; <b>html-tag</b>`,
    );
  });

  it('labels verdicts in Spanish on request and leaves the verdict id as is', () => {
    const rows = parseCsv(notesToCsv([note('x')], { ...context, lang: 'es' }));
    expect(rows[1]!.slice(3, 5)).toEqual(['misleading', 'Engañoso']);
  });

  it('adds a byte order mark only when asked', () => {
    expect(notesToCsv([], context).startsWith('id,')).toBe(true);
    expect(notesToCsv([], context, { bom: true }).startsWith('\uFEFFid,')).toBe(true);
  });

  it('is a pure function of its input', () => {
    expect(notesToCsv([...sample].reverse(), context)).toBe(notesToCsv(sample, context));
  });
});
