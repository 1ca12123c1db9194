import { describe, expect, it } from 'vitest';
import {
  editForm,
  factTarget,
  formToNote,
  newForm,
  noteQuote,
  parseTags,
  passageTarget,
} from '../../lib/notes/note-draft';
import { pinnedTabId, articleParams } from '../../lib/messaging/page-params';
import { isWebPage } from '../../lib/notes/page-url';
import { groupHits } from '../../components/sidebar/SearchPanel';
import { percent } from '../../components/sidebar/PageCheck';
import { noteSchema } from '../../lib/notes/model';
import type { SearchHit } from '../../lib/messaging/contract';

const page = { url: 'https://news.example/001.html#top', title: 'Mexico rejects' };
const mention = { exact: 'Remain in Mexico', prefix: 'dubbed “', suffix: '” began', start: 120, end: 136 };
const now = new Date('2026-01-16T12:00:00.000Z');

describe('note drafts', () => {
  it('turns a mention into quote and position selectors on the page', () => {
    const form = {
      ...newForm(passageTarget(page.url, mention)),
      verdict: 'misleading' as const,
      text: 'see 003',
      tags: ' dates, copy ,, dates ',
    };
    const note = formToNote(form, page, now);
    expect(noteSchema.parse(note)).toEqual(note);
    expect(note.pageUrl).toBe('https://news.example/001.html');
    expect(note.target.selectors).toEqual([
      { type: 'TextQuoteSelector', exact: 'Remain in Mexico', prefix: 'dubbed “', suffix: '” began' },
      { type: 'TextPositionSelector', start: 120, end: 136 },
    ]);
    expect(note.tags).toEqual(['dates', 'copy']);
    expect(note.verdict).toBe('misleading');
    expect(note.created).toBe(now.toISOString());
    expect(note.updated).toBe(now.toISOString());
    expect(note.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(noteQuote(note.target)).toBe('Remain in Mexico');
  });

  it('keeps only the nearest context when prefix or suffix is long', () => {
    const target = passageTarget(page.url, {
      ...mention,
      prefix: `${'x'.repeat(5000)}END`,
      suffix: `START${'y'.repeat(5000)}`,
    });
    const quote = target.selectors?.[0];
    expect(quote?.type === 'TextQuoteSelector' && quote.prefix.endsWith('END') && quote.prefix.length).toBe(
      1000,
    );
    expect(
      quote?.type === 'TextQuoteSelector' && quote.suffix.startsWith('START') && quote.suffix.length,
    ).toBe(1000);
  });

  it('makes a note on a curated fact with no verdict and linked facts', () => {
    const form = { ...newForm(factTarget('mexico-rejects-expansion')), linkedFacts: ['a-fact', 'b-fact'] };
    const note = formToNote(form, page, now);
    expect(note.target).toEqual({ factId: 'mexico-rejects-expansion' });
    expect(note.verdict).toBeNull();
    expect(note.linkedFacts).toEqual(['a-fact', 'b-fact']);
    expect(noteQuote(note.target)).toBeNull();
  });

  it('edits keep id, page and created, and move updated', () => {
    const original = formToNote(newForm(passageTarget(page.url, mention)), page, now);
    const later = new Date('2026-02-01T00:00:00.000Z');
    const form = { ...editForm(original), verdict: 'false' as const, text: 'changed', tags: 'a, b' };
    const edited = formToNote(form, { url: 'https://elsewhere.example/', title: 'x' }, later);
    expect(edited.id).toBe(original.id);
    expect(edited.pageUrl).toBe(original.pageUrl);
    expect(edited.created).toBe(original.created);
    expect(edited.updated).toBe(later.toISOString());
    expect(edited).toMatchObject({ verdict: 'false', text: 'changed', tags: ['a', 'b'] });
    expect(editForm(edited).tags).toBe('a, b');
  });

  it('refuses a page that is not a web page, naming the field', () => {
    expect(() =>
      formToNote(newForm(factTarget('a-fact')), { url: 'chrome://newtab/', title: '' }, now),
    ).toThrow(/pageUrl/);
  });

  it('splits tags at commas', () => {
    expect(parseTags('a, b ,,c')).toEqual(['a', 'b', 'c']);
    expect(parseTags('  ')).toEqual([]);
  });
});

describe('sidebar helpers', () => {
  it('reads a pinned tab only from a whole number', () => {
    expect(pinnedTabId('?tab=42')).toBe(42);
    expect(pinnedTabId('?tab=4x')).toBeNull();
    expect(pinnedTabId('')).toBeNull();
  });

  it('treats only http(s) as web pages', () => {
    expect(isWebPage('https://a.example/')).toBe(true);
    expect(isWebPage('chrome://extensions')).toBe(false);
    expect(isWebPage(null)).toBe(false);
  });

  it('groups hits in a fixed order and keeps the ranking within a group', () => {
    const hit = (type: SearchHit['type'], id: string): SearchHit => ({
      type,
      id,
      score: 0,
      title: id,
      quote: null,
      seed: null,
    });
    const groups = groupHits([hit('source', 's1'), hit('fact', 'f1'), hit('topic', 't'), hit('fact', 'f2')]);
    expect(groups.map((g) => [g.type, g.hits.map((h) => h.id)])).toEqual([
      ['topic', ['t']],
      ['fact', ['f1', 'f2']],
      ['source', ['s1']],
    ]);
  });

  it('shows similarity as a whole percent from a ratio or a percentage', () => {
    expect(percent(0.873)).toBe(87);
    expect(percent(87.3)).toBe(87);
  });

  it('reads the article page address', () => {
    expect(
      articleParams('?seed=001_a5f20182c0ab503f.txt&quote=%E2%80%9CRemain%20in%20Mexico%E2%80%9D'),
    ).toEqual({
      seed: '001_a5f20182c0ab503f.txt',
      quote: '“Remain in Mexico”',
    });
    expect(articleParams('?seed=&quote=')).toEqual({ seed: null, quote: null });
  });
});
