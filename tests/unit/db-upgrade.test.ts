import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { MppDatabase, SCHEMA_V1, type NoteV1 } from '../../lib/db/database';
import { noteSchema } from '../../lib/notes/model';
import { loadedPackMeta } from '../../lib/db/load-pack';

const PAGE = 'https://news.example/mpp/001-mexico-rejects-stay-in-mexico-extension.html';

const v1Notes: NoteV1[] = [
  {
    id: '6f1c1f8e-3b1a-4c55-9a54-0d1f2e3a4b01',
    url: PAGE,
    title: 'Mexico rejects US plan',
    quote: {
      exact: 'only 240 migrants have so far been returned',
      prefix: 'immigration officials say that ',
      suffix: ' to Mexico under the program',
      start: 2120,
      end: 2164,
    },
    verdict: 'outdated',
    comment: 'True in March 2019 only.',
    created: '2025-03-01T10:00:00.000Z',
    updated: '2025-03-01T10:05:00.000Z',
  },
  {
    // v1 called this verdict 'unproven' and filed the note under a URL with a fragment.
    id: '6f1c1f8e-3b1a-4c55-9a54-0d1f2e3a4b02',
    url: `${PAGE}#comments`,
    title: 'Mexico rejects US plan',
    quote: null,
    verdict: 'unproven',
    comment: 'Whole-page note.',
    created: '2025-03-02T10:00:00.000Z',
    updated: '2025-03-02T10:00:00.000Z',
  },
  {
    id: '6f1c1f8e-3b1a-4c55-9a54-0d1f2e3a4b03',
    url: 'https://news.example/other.html?id=7',
    title: '',
    quote: { exact: 'Remain in Mexico', prefix: '', suffix: '', start: 0, end: 16 },
    verdict: null,
    comment: '',
    created: '2025-03-03T10:00:00.000Z',
    updated: '2025-03-03T10:00:00.000Z',
  },
  {
    id: '6f1c1f8e-3b1a-4c55-9a54-0d1f2e3a4b04',
    url: PAGE,
    title: 'Mexico rejects US plan',
    quote: null,
    verdict: 'pants-on-fire',
    comment: 'A verdict v2 does not know.',
    created: '2025-03-04T10:00:00.000Z',
    updated: '2025-03-04T10:00:00.000Z',
  },
];

const opened: Dexie[] = [];
const track = <T extends Dexie>(db: T): T => {
  opened.push(db);
  return db;
};

afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

async function writeV1Database(name: string): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores(SCHEMA_V1);
  await v1.table('notes').bulkAdd(v1Notes);
  await v1
    .table('meta')
    .put({ key: 'pack', value: { topic: 'mpp', version: 1, fingerprint: 'abc', loadedAt: 'x' } });
  v1.close();
}

describe('schema upgrade from version 1', () => {
  it('keeps every v1 note and rewrites it in the v2 shape', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    await writeV1Database(name);

    const db = track(new MppDatabase({ name }));
    const notes = await db.notes.toCollection().sortBy('created');

    expect(db.verno).toBe(2);
    expect(notes.map((n) => n.id)).toEqual(v1Notes.map((n) => n.id));
    for (const note of notes) expect(noteSchema.safeParse(note).success).toBe(true);

    expect(notes[0]).toEqual({
      id: v1Notes[0]!.id,
      pageUrl: PAGE,
      pageTitle: 'Mexico rejects US plan',
      target: {
        source: PAGE,
        selectors: [
          {
            type: 'TextQuoteSelector',
            exact: 'only 240 migrants have so far been returned',
            prefix: 'immigration officials say that ',
            suffix: ' to Mexico under the program',
          },
          { type: 'TextPositionSelector', start: 2120, end: 2164 },
        ],
      },
      verdict: 'outdated',
      text: 'True in March 2019 only.',
      tags: [],
      linkedFacts: [],
      created: '2025-03-01T10:00:00.000Z',
      updated: '2025-03-01T10:05:00.000Z',
    });
  });

  it('renames old verdicts, drops unknown ones, and files notes under the URL without its fragment', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    await writeV1Database(name);
    const db = track(new MppDatabase({ name }));

    const whole = await db.notes.get(v1Notes[1]!.id);
    expect(whole?.verdict).toBe('unverifiable');
    expect(whole?.pageUrl).toBe(PAGE);
    expect(whole?.target).toEqual({ source: `${PAGE}#comments`, selectors: [] });

    const unknown = await db.notes.get(v1Notes[3]!.id);
    expect(unknown?.verdict).toBeNull();
    expect(unknown?.text).toBe('A verdict v2 does not know.');

    const withQuery = await db.notes.get(v1Notes[2]!.id);
    expect(withQuery?.pageUrl).toBe('https://news.example/other.html?id=7');
  });

  it('serves the v2 indexes on migrated notes and keeps curated meta', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    await writeV1Database(name);
    const db = track(new MppDatabase({ name }));

    expect(await db.notes.where('pageUrl').equals(PAGE).count()).toBe(3);
    expect(await db.notes.where('verdict').equals('unverifiable').count()).toBe(1);
    expect(await loadedPackMeta(db)).toMatchObject({ version: 1 });

    // Tags and history did not exist in v1; both must work on the upgraded database.
    await db.notes.update(v1Notes[0]!.id, { tags: ['figures'] });
    expect(await db.notes.where('tags').equals('figures').primaryKeys()).toEqual([v1Notes[0]!.id]);
    await db.noteHistory.add({
      noteId: v1Notes[0]!.id,
      action: 'update',
      before: null,
      at: '2025-03-05T00:00:00.000Z',
    });
    expect(await db.noteHistory.count()).toBe(1);
  });

  it('creates a fresh database directly at version 2', async () => {
    const db = track(new MppDatabase({ name: `fresh-${crypto.randomUUID()}` }));
    await db.open();
    expect(db.verno).toBe(2);
    expect(db.tables.map((t) => t.name).sort()).toEqual(
      ['conflicts', 'facts', 'figures', 'meta', 'noteHistory', 'notes', 'sources', 'timeline'].sort(),
    );
  });
});
