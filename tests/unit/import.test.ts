import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mppPack } from '../../data/mpp/index';
import {
  ImportError,
  MAX_IMPORT_BYTES,
  parseNotesExport,
  parseNotesExportCollection,
} from '../../lib/export/import';
import { sortNotesForExport } from '../../lib/export/context';
import { notesToWebAnnotation } from '../../lib/export/webannotation';
import { positionSelectorOf, quoteSelectorOf, type Note } from '../../lib/notes/model';
import { VERDICTS } from '../../lib/notes/verdicts';

const fixtureText = readFileSync('tests/fixtures/notes-sample.json', 'utf8');
const context = { generatedAt: '2026-11-20T12:00:00.000Z' };

/** A fresh, mutable copy of the sample file as parsed JSON. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests corrupt arbitrary fields
const fixtureJson = (): any => JSON.parse(fixtureText);

function importError(text: string): ImportError {
  try {
    parseNotesExport(text);
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected an ImportError');
}

const corrupt = (edit: (json: ReturnType<typeof fixtureJson>) => void) => {
  const json = fixtureJson();
  edit(json);
  return importError(JSON.stringify(json));
};

describe('the sample file', () => {
  const notes = parseNotesExport(fixtureText);
  const pages = JSON.parse(readFileSync('tests/fixtures/site/pages.json', 'utf8')) as {
    slug: string;
    file: string;
  }[];
  const seedOf = (url: string) => {
    const page = pages.find((p) => url.includes(`/${p.slug}.html`));
    return readFileSync(`seeds/${page!.file}`, 'utf8');
  };

  it('holds a dozen notes over the seed pages, using every verdict', () => {
    expect(notes).toHaveLength(12);
    expect(new Set(notes.map((n) => n.pageUrl)).size).toBe(5);
    for (const verdict of VERDICTS) expect(notes.some((n) => n.verdict === verdict)).toBe(true);
    expect(notes.some((n) => n.verdict === null)).toBe(true);
    expect(notes.some((n) => n.target.factId && !n.target.selectors)).toBe(true);
  });

  it('quotes the seeds verbatim, with prefix, suffix and position that match', () => {
    for (const note of notes) {
      const quote = quoteSelectorOf(note);
      if (!quote) continue;
      const text = seedOf(note.pageUrl);
      const position = positionSelectorOf(note)!;
      expect(text.slice(position.start, position.end)).toBe(quote.exact);
      expect(text.slice(position.start - quote.prefix.length, position.start)).toBe(quote.prefix);
      expect(text.slice(position.end, position.end + quote.suffix.length)).toBe(quote.suffix);
    }
  });

  it('links facts that exist in the MPP pack, except the hostile note’s deliberate unknown', () => {
    const ids = new Set(mppPack.facts.map((f) => f.id));
    const linked = notes.flatMap((n) => [...n.linkedFacts, ...(n.target.factId ? [n.target.factId] : [])]);
    expect(linked.filter((id) => !ids.has(id))).toEqual(['not-in-the-pack']);
  });

  it('imports the hostile note’s text exactly, formulas, HTML, controls and RTL override included', () => {
    const hostile = notes.find((n) => n.text.startsWith('=HYPERLINK('))!;
    expect(hostile.text).toContain('<script>alert("xss")</script>');
    expect(hostile.text).toContain('<img src=x onerror="alert(1)">');
    expect(hostile.text).toContain('\u0000');
    expect(hostile.text).toContain('\u202E');
    expect(hostile.text.length).toBeGreaterThan(19_000);
    expect(hostile.text.length).toBeLessThanOrEqual(20_000);
  });
});

describe('round trip', () => {
  it('export → import → export is byte-identical', () => {
    const notes = parseNotesExport(fixtureText);
    const first = notesToWebAnnotation(notes, context);
    const again = notesToWebAnnotation(parseNotesExport(first), context);
    expect(again).toBe(first);
  });

  it('gives back the same notes, and the same document as the sample file', () => {
    const notes = parseNotesExport(fixtureText);
    const exported = notesToWebAnnotation(notes, context);
    expect(parseNotesExport(exported)).toEqual(notes);
    // The file on disk may be reformatted (Prettier); its JSON content is the canonical export.
    expect(JSON.parse(exported)).toEqual(fixtureJson());
  });

  it('round-trips edge cases: empty text, no tags, page-level note, fact and passage together', () => {
    const notes: Note[] = [
      {
        id: '11111111-2222-4333-8444-555555555555',
        pageUrl: 'https://news.example/a.html?id=1',
        pageTitle: '',
        target: { source: 'https://news.example/a.html?id=1#x', selectors: [] },
        verdict: null,
        text: '',
        tags: [],
        linkedFacts: [],
        created: '2025-01-01T00:00:00+02:00',
        updated: '2025-01-01T00:00:00+02:00',
      },
      {
        id: '11111111-2222-4333-8444-555555555556',
        pageUrl: 'https://news.example/a.html?id=1',
        pageTitle: 'Título con acentos y “comillas”',
        target: {
          source: 'https://news.example/a.html?id=1',
          selectors: [{ type: 'TextPositionSelector', start: 5, end: 9 }],
          factId: 'biden-ended-mpp-2021',
        },
        verdict: 'needs-context',
        text: 'línea 1\nlínea 2\r\n\ttab',
        tags: ['fechas'],
        linkedFacts: ['biden-ended-mpp-2021'],
        created: '2025-01-01T00:00:00.000Z',
        updated: '2025-01-03T00:00:00.000Z',
        author: 'Equipo',
      },
    ];
    const first = notesToWebAnnotation(notes, context);
    expect(parseNotesExport(first)).toEqual(sortNotesForExport(notes));
    expect(notesToWebAnnotation(parseNotesExport(first), context)).toBe(first);
  });

  it('reports the collection’s generated stamp', () => {
    expect(parseNotesExportCollection(fixtureText).generated).toBe('2026-11-20T12:00:00.000Z');
  });
});

describe('rejecting bad files, all or nothing', () => {
  it('names item index and field for a wrong type', () => {
    const error = corrupt((json) => {
      json.first.items[3].target.selector = 'TextQuoteSelector';
    });
    expect(error.message).toBe(
      'Nothing was imported: items[3].target.selector: expected an array, got a string',
    );
  });

  it('names a missing selector on a note that has no curated fact either', () => {
    const error = corrupt((json) => {
      delete json.first.items[0].target.selector;
    });
    expect(error.problems[0]).toMatch(/^items\[0\]\.target\.selector: expected an array \(missing\)/);
  });

  it.each([
    [
      'a number for a date',
      (j: ReturnType<typeof fixtureJson>) => (j.first.items[1].created = 20250101),
      /items\[1\]\.created: expected a string, got a number/,
    ],
    [
      'an unknown verdict',
      (j: ReturnType<typeof fixtureJson>) => (j.first.items[0].body[3].value = 'pants-on-fire'),
      /items\[0\]\.body\[3\]\.value: expected a verdict/,
    ],
    [
      'a non-UUID id',
      (j: ReturnType<typeof fixtureJson>) => (j.first.items[2].id = 'note-1'),
      /items\[2\]\.id: expected "urn:uuid:"/,
    ],
    [
      'a javascript: URL',
      (j: ReturnType<typeof fixtureJson>) => (j.first.items[2].target.source = 'javascript:alert(1)'),
      /items\[2\]\.target\.source: expected an http\(s\) URL/,
    ],
    [
      'a negative position',
      (j: ReturnType<typeof fixtureJson>) => (j.first.items[0].target.selector[1].start = -1),
      /items\[0\]\.target\.selector\[1\]\.start/,
    ],
    [
      'two comments',
      (j: ReturnType<typeof fixtureJson>) => j.first.items[0].body.push({ type: 'TextualBody', value: 'x' }),
      /items\[0\]\.body\[4\]: a second comment body/,
    ],
    [
      'an unknown selector type',
      (j: ReturnType<typeof fixtureJson>) => (j.first.items[0].target.selector[0].type = 'XPathSelector'),
      /items\[0\]\.target\.selector\[0\]/,
    ],
    [
      'tags as a string',
      (j: ReturnType<typeof fixtureJson>) => (j.first.items[0]['urn:mpp-context:note'].linkedFacts = 'a,b'),
      /items\[0\]\["urn:mpp-context:note"\]\.linkedFacts: expected an array, got a string/,
    ],
    [
      'a wrong collection type',
      (j: ReturnType<typeof fixtureJson>) => (j.type = 'AnnotationPage'),
      /^Nothing was imported: type: expected "AnnotationCollection"/,
    ],
    ['a missing @context', (j: ReturnType<typeof fixtureJson>) => delete j['@context'], /@context/],
    [
      'items that are not an array',
      (j: ReturnType<typeof fixtureJson>) => (j.first.items = {}),
      /first\.items: expected an array, got an object/,
    ],
    [
      'a wrong total',
      (j: ReturnType<typeof fixtureJson>) => (j.total = 13),
      /total: says 13 notes but the file holds 12/,
    ],
    [
      'a second page',
      (j: ReturnType<typeof fixtureJson>) => (j.first.next = 'urn:x'),
      /first\.next: collections split over several pages are not supported/,
    ],
  ])('rejects %s', (_name, edit, message) => {
    expect(corrupt(edit as (json: unknown) => void).message).toMatch(message);
  });

  it('rejects text over the 20,000 character limit with the size in the message', () => {
    const error = corrupt((json) => {
      json.first.items[0].body[0].value = 'x'.repeat(20_001);
    });
    expect(error.message).toContain('items[0].body[0].value: is 20,001 characters; the limit is 20,000');
  });

  it('rejects an over-long tag and page title', () => {
    expect(
      corrupt((json) => {
        json.first.items[0].body[1].value = 't'.repeat(101);
      }).message,
    ).toContain('items[0].body[1].value: a tag must be 1 to 100 characters');
    expect(
      corrupt((json) => {
        json.first.items[0]['urn:mpp-context:note'].pageTitle = 'p'.repeat(2_001);
      }).message,
    ).toContain('is 2,001 characters; the limit is 2,000');
  });

  it('lists every problem, not just the first', () => {
    const error = corrupt((json) => {
      json.first.items[1].created = 1;
      json.first.items[5].type = 'Note';
    });
    expect(error.problems).toHaveLength(2);
    expect(error.message).toMatch(/\(and 1 more problem\)$/);
  });

  it('rejects malformed JSON and JSON that is not an object', () => {
    expect(importError('{"type": "AnnotationCollection",').message).toMatch(
      /^Nothing was imported: the file is not valid JSON/,
    );
    expect(importError('[]').message).toMatch(/expected a JSON object/);
    expect(importError('null').message).toMatch(/expected a JSON object/);
  });

  it('rejects a file over 20 MB before parsing it', () => {
    const huge = `{"pad":"${'x'.repeat(MAX_IMPORT_BYTES)}"}`;
    expect(importError(huge).message).toMatch(/larger than 20 MB/);
  });

  it('counts bytes, not characters, against the size limit', () => {
    const justUnder = `{"pad":"${'é'.repeat(MAX_IMPORT_BYTES / 2 - 10)}"}`; // 2 bytes each in UTF-8
    expect(importError(justUnder).message).not.toMatch(/larger than/);
    const over = `{"pad":"${'é'.repeat(MAX_IMPORT_BYTES / 2 + 10)}"}`;
    expect(importError(over).message).toMatch(/larger than 20 MB/);
  });

  it('accepts a file saved with a byte order mark', () => {
    expect(parseNotesExport(`\uFEFF${fixtureText}`)).toHaveLength(12);
  });
});
