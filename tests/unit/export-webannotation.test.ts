import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseNotesExport } from '../../lib/export/import';
import {
  ANNO_CONTEXT,
  NOTE_EXTENSION_KEY,
  notesToAnnotationCollection,
  notesToWebAnnotation,
  type WaAnnotation,
} from '../../lib/export/webannotation';
import type { Note } from '../../lib/notes/model';

const sample = parseNotesExport(readFileSync('tests/fixtures/notes-sample.json', 'utf8'));
const context = { generatedAt: '2026-11-20T12:00:00.000Z' };

const base: Note = {
  id: '11111111-2222-4333-8444-555555555555',
  pageUrl: 'https://news.example/mpp/a.html',
  pageTitle: 'A page',
  target: {
    source: 'https://news.example/mpp/a.html#part-2',
    selectors: [
      { type: 'TextQuoteSelector', exact: 'Remain in Mexico', prefix: 'the ', suffix: ' policy' },
      { type: 'TextPositionSelector', start: 40, end: 56 },
    ],
  },
  verdict: 'misleading',
  text: 'Needs the date.',
  tags: ['dates', 'figures'],
  linkedFacts: ['mpp-16500-made-to-wait'],
  created: '2025-01-01T00:00:00.000Z',
  updated: '2025-01-02T00:00:00.000Z',
  author: 'Ana Ruiz',
};

function only(notes: Note[]): WaAnnotation {
  return notesToAnnotationCollection(notes, context).first.items[0]!;
}

describe('notesToWebAnnotation', () => {
  it('writes a W3C AnnotationCollection with one embedded page', () => {
    const collection = JSON.parse(notesToWebAnnotation(sample, context));
    expect(collection['@context']).toBe(ANNO_CONTEXT);
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.id).toMatch(/^urn:/);
    expect(collection.total).toBe(sample.length);
    expect(collection.generated).toBe(context.generatedAt);
    expect(collection.first.type).toBe('AnnotationPage');
    expect(collection.first.items).toHaveLength(sample.length);
  });

  it('maps a note with a verdict onto an assessing annotation', () => {
    expect(only([base])).toEqual({
      id: 'urn:uuid:11111111-2222-4333-8444-555555555555',
      type: 'Annotation',
      motivation: 'assessing',
      created: '2025-01-01T00:00:00.000Z',
      modified: '2025-01-02T00:00:00.000Z',
      creator: { type: 'Person', name: 'Ana Ruiz' },
      body: [
        { type: 'TextualBody', purpose: 'commenting', value: 'Needs the date.', format: 'text/plain' },
        { type: 'TextualBody', purpose: 'tagging', value: 'dates' },
        { type: 'TextualBody', purpose: 'tagging', value: 'figures' },
        { type: 'TextualBody', purpose: 'assessing', value: 'misleading' },
      ],
      target: {
        source: 'https://news.example/mpp/a.html#part-2',
        selector: [
          { type: 'TextQuoteSelector', exact: 'Remain in Mexico', prefix: 'the ', suffix: ' policy' },
          { type: 'TextPositionSelector', start: 40, end: 56 },
        ],
      },
      [NOTE_EXTENSION_KEY]: {
        pageUrl: 'https://news.example/mpp/a.html',
        pageTitle: 'A page',
        linkedFacts: ['mpp-16500-made-to-wait'],
      },
    });
  });

  it('uses motivation commenting without a verdict, and no comment body for empty text', () => {
    const annotation = only([{ ...base, verdict: null, text: '', tags: [] }]);
    expect(annotation.motivation).toBe('commenting');
    expect(annotation.body).toEqual([]);
  });

  it('puts a fact-only note on the page without a selector and names the fact in the extension', () => {
    const annotation = only([{ ...base, target: { factId: 'biden-ended-mpp-2021' } }]);
    expect(annotation.target).toEqual({ source: base.pageUrl });
    expect(annotation[NOTE_EXTENSION_KEY].factId).toBe('biden-ended-mpp-2021');
  });

  it('keeps hostile text as data: JSON-escaped, byte for byte after parsing', () => {
    const hostile = sample.find((n) => n.text.startsWith('=HYPERLINK'))!;
    const json = notesToWebAnnotation([hostile], context);
    const body = JSON.parse(json).first.items[0].body[0];
    expect(body.value).toBe(hostile.text);
    expect(json).toContain('\\u0000');
  });

  it('orders annotations by page, then position, and is a pure function of its input', () => {
    const json = notesToWebAnnotation(sample, context);
    expect(notesToWebAnnotation([...sample].reverse(), context)).toBe(json);
    const urls = JSON.parse(json).first.items.map((a: WaAnnotation) => a[NOTE_EXTENSION_KEY].pageUrl);
    expect(urls).toEqual([...urls].sort());
  });
});
