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

  it('writes each format as itself: two formats swapped would fail here', () => {
    const wa = JSON.parse(renderExport('webannotation', [note], context)) as Record<string, unknown>;
    expect(wa['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(wa.type).toBe('AnnotationCollection');
    const cr = JSON.parse(renderExport('claimreview', [note], context)) as Array<Record<string, unknown>>;
    expect(cr[0]!['@context']).toBe('https://schema.org');
    expect(cr[0]!['@type']).toBe('ClaimReview');
    expect(cr[0]!.claimReviewed).toBe('Remain in Mexico');
    const csv = renderExport('csv', [note], context);
    expect(csv.startsWith('\uFEFFid,page_url,page_title,verdict,')).toBe(true);
    expect(csv.split('\r\n')[1]).toMatch(/^00000000-0000-4000-8000-000000000001,/);
    const md = renderExport('markdown', [note], context);
    expect(md.startsWith('# MPP Context notes\n')).toBe(true);
    expect(md).toContain('### Note 1: Misleading');
  });
});
