import { describe, expect, it } from 'vitest';
import { downloadSpec, EXPORT_FORMATS, localDate, pageSlug, slugify } from '../../lib/download/spec';

const date = new Date(2026, 0, 16, 23, 30);
const page = 'https://www.example.org/news/001-mexico-rejects-stay-in-mexico-extension.html?utm=x#top';

describe('download names', () => {
  it('names a page export after the host and path, with the local date', () => {
    expect(downloadSpec('markdown', 'page', { date, pageUrl: page })).toEqual({
      filename: 'mpp-notes-example-org-news-001-mexico-rejects-stay-in-mexico-extension-2026-01-16.md',
      mime: 'text/markdown;charset=utf-8',
    });
  });

  it('names an all-notes export "all", whatever the page', () => {
    expect(downloadSpec('csv', 'all', { date, pageUrl: page }).filename).toBe('mpp-notes-all-2026-01-16.csv');
    expect(downloadSpec('csv', 'page', { date, pageUrl: null }).filename).toBe(
      'mpp-notes-all-2026-01-16.csv',
    );
  });

  it('gives every format its own extension and a JSON-LD type where it is JSON-LD', () => {
    const specs = EXPORT_FORMATS.map((f) => downloadSpec(f, 'all', { date }));
    expect(new Set(specs.map((s) => s.filename)).size).toBe(EXPORT_FORMATS.length);
    expect(downloadSpec('webannotation', 'all', { date })).toEqual({
      filename: 'mpp-notes-all-2026-01-16.annotations.json',
      mime: 'application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"',
    });
    expect(downloadSpec('claimreview', 'all', { date }).mime).toBe('application/ld+json');
    expect(downloadSpec('csv', 'all', { date }).mime).toBe('text/csv;charset=utf-8');
  });

  it('keeps file names safe: ASCII, no slashes, bounded length', () => {
    const long = `https://periódico.example.mx/${'migración-'.repeat(30)}/a/b/c`;
    const { filename } = downloadSpec('markdown', 'page', { date, pageUrl: long });
    expect(filename).toMatch(/^[a-z0-9.-]+$/);
    expect(filename.length).toBeLessThanOrEqual(100);
    expect(pageSlug(long).endsWith('-')).toBe(false);
  });

  it('folds accents and punctuation in slugs and falls back when nothing is left', () => {
    expect(slugify('Sheinbaum: ¿Quédate en México?')).toBe('sheinbaum-quedate-en-mexico');
    expect(pageSlug('file:///')).toBe('page');
    expect(pageSlug('not a url')).toBe('not-a-url');
  });

  it('pads the local date', () => {
    expect(localDate(new Date(2025, 2, 5))).toBe('2025-03-05');
  });
});
