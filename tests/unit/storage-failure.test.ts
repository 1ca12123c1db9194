/**
 * Storage that fails (issue 14, item 9): a database that cannot open, a full disk, notes that an
 * older version or a damaged disk left without a field. Nothing is lost and the user is told.
 */
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { MppDatabase, SCHEMA_V1 } from '../../lib/db/database';
import { NotesRepo } from '../../lib/db/notes-repo';
import {
  NotesStorageFullError,
  StorageUnavailableError,
  explainStorageError,
} from '../../lib/db/storage-error';
import { createWorkbench } from '../../lib/service/workbench';
import { createBackgroundService } from '../../lib/service/background-service';
import { mppPack } from '../../data/mpp';

const PAGE = 'https://news.example/a.html';
const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});
const track = <T extends Dexie>(db: T): T => (opened.push(db), db);

/** An IndexedDB that refuses to open, as some private modes and damaged profiles do. */
const brokenIndexedDB = {
  open() {
    throw new DOMException(
      'The operation failed for reasons unrelated to the database itself.',
      'UnknownError',
    );
  },
  deleteDatabase() {
    throw new DOMException('unavailable', 'UnknownError');
  },
  cmp: (a: unknown, b: unknown) => (String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0),
  databases: async () => [],
} as unknown as IDBFactory;

describe('a database that cannot open', () => {
  const db = new MppDatabase({
    name: `broken-${crypto.randomUUID()}`,
    indexedDB: brokenIndexedDB,
    IDBKeyRange,
  });

  it('gives the sidebar one clear message for every notes call', async () => {
    const wb = createWorkbench({ db, ensurePack: async () => {}, loadSeedTexts: async () => ({}) });
    for (const call of [() => wb['notes.all']({}, {}), () => wb['notes.forPage']({ url: PAGE }, {})]) {
      const err = await Promise.resolve()
        .then(call)
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(StorageUnavailableError);
      expect((err as Error).message).toMatch(
        /notes database could not be opened.*private browsing.*Nothing was changed/,
      );
    }
  });

  it('lets the background say the same, so its page-load check can drop it quietly', async () => {
    const bg = createBackgroundService({
      db,
      loadShippedPack: async () => mppPack,
      loadSeedTexts: async () => ({}),
      openSidebar: async () => false,
    });
    await expect(Promise.resolve(bg.handlers['notes.count']({ url: PAGE }, {}))).rejects.toBeInstanceOf(
      StorageUnavailableError,
    );
  });
});

describe('a full disk', () => {
  it('says nothing was changed, and what to do', () => {
    const quota = Object.assign(new Error('QuotaExceededError'), {
      name: 'AbortError',
      inner: new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    });
    const err = explainStorageError(quota) as Error;
    expect(err).toBeInstanceOf(NotesStorageFullError);
    expect(err.message).toMatch(/no storage space left for MPP Context, so nothing was changed/);
    // Anything else is passed on as it came.
    const other = new Error('Invalid note: text is too long');
    expect(explainStorageError(other)).toBe(other);
  });
});

describe('notes missing a field', () => {
  it('are listed by "all notes" and for their page, repaired, never skipped', async () => {
    const db = track(new MppDatabase({ name: `damaged-${crypto.randomUUID()}` }));
    const repo = new NotesRepo(db);
    const good = await repo.add({
      pageUrl: PAGE,
      pageTitle: 'A page',
      target: { factId: 'mpp-announced' },
      verdict: null,
      text: 'fine',
    });
    // Written by hand as a damaged disk or an older build could leave it: no `updated`, no tags,
    // a verdict this version does not know.
    await db.notes.put({
      id: '0b7c2a1e-1f0a-4a8e-9d2f-3c4b5a6d7e8f',
      pageUrl: PAGE,
      pageTitle: 'A page',
      target: { source: PAGE, selectors: [] },
      verdict: 'pants-on-fire',
      text: 'no time',
      created: '2025-01-01T00:00:00.000Z',
    } as never);
    const all = await repo.listAll();
    expect(all.map((n) => n.text)).toEqual(['fine', 'no time']);
    const damaged = all[1]!;
    expect(damaged).toMatchObject({
      updated: '2025-01-01T00:00:00.000Z',
      tags: [],
      linkedFacts: [],
      verdict: null,
    });
    expect((await repo.listByPage(PAGE)).map((n) => n.id).sort()).toEqual([good.id, damaged.id].sort());
  });

  it('from a version 1 database without their times are migrated and listed', async () => {
    const name = `v1-${crypto.randomUUID()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    await v1.table('notes').add({
      id: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
      url: PAGE,
      title: 't',
      quote: null,
      verdict: null,
      comment: 'old',
    });
    v1.close();
    const db = track(new MppDatabase({ name }));
    const all = await new NotesRepo(db).listAll();
    expect(all.map((n) => n.text)).toEqual(['old']);
    expect(all[0]!.updated).toBe('1970-01-01T00:00:00.000Z');
  });
});
