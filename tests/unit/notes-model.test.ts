import { describe, expect, it } from 'vitest';
import {
  applyNotePatch,
  createNote,
  InvalidNoteError,
  noteSchema,
  normaliseTags,
  parseNote,
  type NoteDraft,
} from '../../lib/notes/model';
import { normalisePageUrl } from '../../lib/notes/page-url';
import { NO_VERDICT_STYLE, VERDICT_STYLES, VERDICTS, verdictLabel } from '../../lib/notes/verdicts';

const PAGE = 'https://news.example/mpp/003-sheinbaum-has-not-agreed-to-accept-migrants.html';
const passage: NoteDraft['target'] = {
  source: PAGE,
  selectors: [
    { type: 'TextQuoteSelector', exact: 'In 2021', prefix: '', suffix: ', President' },
    { type: 'TextPositionSelector', start: 10, end: 17 },
  ],
};
const draft: NoteDraft = {
  pageUrl: `${PAGE}#top`,
  pageTitle: 'Sheinbaum',
  target: passage,
  verdict: null,
  text: '',
};
const now = new Date('2025-01-01T00:00:00Z');

describe('createNote', () => {
  it('fills id and timestamps, normalises the page URL and tags', () => {
    const note = createNote({ ...draft, tags: [' dates ', 'Dates', '', 'two  words'] }, { now });
    expect(note.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(note.pageUrl).toBe(PAGE);
    expect(note.created).toBe('2025-01-01T00:00:00.000Z');
    expect(note.updated).toBe(note.created);
    expect(note.tags).toEqual(['dates', 'two words']);
    expect(note).not.toHaveProperty('author');
  });

  it('accepts a passage, a curated fact, or both, but not neither', () => {
    expect(createNote({ ...draft, target: { factId: 'biden-ended-mpp-2021' } }).target).toEqual({
      factId: 'biden-ended-mpp-2021',
    });
    expect(
      createNote({ ...draft, target: { ...passage, factId: 'biden-ended-mpp-2021' } }).target.factId,
    ).toBe('biden-ended-mpp-2021');
    expect(() => createNote({ ...draft, target: {} })).toThrow(/needs a page passage/);
    expect(() => createNote({ ...draft, target: { source: PAGE } })).toThrow(
      /target.selectors: a page target needs both/,
    );
  });

  it('rejects two selectors of the same kind, a backwards position and a non-web URL', () => {
    const twoQuotes = { ...passage, selectors: [passage.selectors![0]!, passage.selectors![0]!] };
    expect(() => createNote({ ...draft, target: twoQuotes })).toThrow(/at most one selector of each type/);
    const backwards = {
      ...passage,
      selectors: [{ type: 'TextPositionSelector' as const, start: 9, end: 3 }],
    };
    expect(() => createNote({ ...draft, target: backwards })).toThrow(/end must not be before start/);
    expect(() => createNote({ ...draft, pageUrl: 'data:text/html,<script>' })).toThrow(InvalidNoteError);
  });

  it('carries zod issues on InvalidNoteError for forms that mark fields', () => {
    try {
      parseNote({ ...createNote(draft), text: 7 });
      throw new Error('expected a failure');
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidNoteError);
      expect((error as InvalidNoteError).issues[0]?.path).toEqual(['text']);
      expect((error as InvalidNoteError).message).toBe('Invalid note: text: expected a string, got a number');
    }
  });
});

describe('applyNotePatch', () => {
  it('changes only what the patch names and can remove the author', () => {
    const note = createNote({ ...draft, author: 'Ana' }, { now });
    const patched = applyNotePatch(note, { verdict: 'false', tags: ['a', 'a'], author: undefined });
    expect(patched.verdict).toBe('false');
    expect(patched.tags).toEqual(['a']);
    expect(patched).not.toHaveProperty('author');
    expect(patched.created).toBe(note.created);
    expect(noteSchema.safeParse(patched).success).toBe(true);
  });
});

describe('helpers', () => {
  it('normalisePageUrl drops the fragment and keeps the query', () => {
    expect(normalisePageUrl('https://a.example/x?id=1#c')).toBe('https://a.example/x?id=1');
    expect(normalisePageUrl('not a url#frag')).toBe('not a url');
  });

  it('normaliseTags keeps the first spelling', () => {
    expect(normaliseTags(['MPP', 'mpp', ' Dates'])).toEqual(['MPP', 'Dates']);
  });
});

describe('verdicts', () => {
  it('gives every verdict an English and Spanish label, a colour and a tint', () => {
    for (const verdict of VERDICTS) {
      const style = VERDICT_STYLES[verdict];
      expect(style.label.en).not.toBe('');
      expect(style.label.es).not.toBe('');
      expect(style.color).toMatch(/^#[0-9a-f]{6}$/);
      expect(style.tint).toMatch(/^#[0-9a-f]{6}$/);
    }
    expect(verdictLabel(null, 'es')).toBe(NO_VERDICT_STYLE.label.es);
    expect(verdictLabel('needs-context', 'es')).toBe('Necesita contexto');
  });

  it('uses colours that reach 4.5:1 as text on white and as text on their own tint', () => {
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5]
        .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
        .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const contrast = (a: string, b: string) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
      return (hi + 0.05) / (lo + 0.05);
    };
    for (const style of [...Object.values(VERDICT_STYLES), NO_VERDICT_STYLE]) {
      expect(contrast(style.color, '#ffffff')).toBeGreaterThanOrEqual(4.5);
      expect(contrast(style.color, style.tint)).toBeGreaterThanOrEqual(4.5);
    }
  });
});
