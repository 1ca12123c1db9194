import { describe, expect, it } from 'vitest';
import { renderExport } from '../../lib/download/render';
import { EXPORT_FORMATS } from '../../lib/download/spec';
import { createNote } from '../../lib/notes/model';

const note = createNote(
  {
    pageUrl: 'https://news.example/001.html',
    pageTitle: 'Mexico rejects',
    target: {
      source: 'https://news.example/001.html',
      selectors: [{ type: 'TextQuoteSelector', exact: 'Remain in Mexico', prefix: '“', suffix: '”' }],
    },
    verdict: 'misleading',
    text: 'Dated 2026 but reports 2019 events.',
    tags: ['dates'],
  },
  { now: new Date('2026-01-16T12:00:00.000Z'), id: '00000000-0000-4000-8000-000000000001' },
);
const context = { generatedAt: '2026-01-16T12:00:00.000Z' };

describe('renderExport', () => {
  it('writes every format, each containing the note', () => {
    for (const format of EXPORT_FORMATS) {
      const out = renderExport(format, [note], context);
      expect(out, format).toContain('Remain in Mexico');
    }
  });

  it('writes JSON for the JSON formats and a BOM-prefixed CSV for spreadsheets', () => {
    expect(() => JSON.parse(renderExport('webannotation', [note], context))).not.toThrow();
    expect(() => JSON.parse(renderExport('claimreview', [note], context))).not.toThrow();
    expect(renderExport('csv', [note], context).startsWith('\uFEFF')).toBe(true);
  });
});
