import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MppDatabase } from '../../lib/db/database';
import { isQuotaError, NotesRepo, NotesStorageFullError } from '../../lib/db/notes-repo';
import { InvalidNoteError, type Note, type NoteDraft } from '../../lib/notes/model';

const PAGE = 'https://news.example/mpp/000-mexico-offers-to-send-asylum-seekers-home.html';

function draft(exact: string, start: number, extra: Partial<NoteDraft> = {}): NoteDraft {
  return {
    pageUrl: PAGE,
    pageTitle: 'Mexico offers to send asylum seekers home',
    target: {
      source: PAGE,
      selectors: [
        { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
        { type: 'TextPositionSelector', start, end: start + exact.length },
      ],
    },
    verdict: 'accurate',
    text: `About ${exact}`,
    ...extra,
  };
}

/** A clock that moves one second per reading, so every write has a distinct timestamp. */
function tickingClock(start = Date.parse('2031-01-01T00:00:00Z')) {
  let t = start;
  return () => new Date((t += 1000));
}

let seq = 0;
const ids = () => `00000000-0000-4000-8000-${String(++seq).padStart(12, '0')}`;

const dbs: MppDatabase[] = [];
function setup(options: { historyLimit?: number } = {}) {
  const db = new MppDatabase({ name: `notes-${crypto.randomUUID()}` });
  dbs.push(db);
  return { db, repo: new NotesRepo(db, { now: tickingClock(), newId: ids, ...options }) };
}

afterEach(async () => {
  for (const db of dbs.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
  vi.restoreAllMocks();
});

describe('NotesRepo: add, list, save', () => {
  it('adds a note filed under the page URL without its fragment, keeping the query', async () => {
    const { repo } = setup();
    const note = await repo.add(draft('16,500', 100, { pageUrl: `${PAGE}?ref=feed#top` }));

    expect(note.pageUrl).toBe(`${PAGE}?ref=feed`);
    expect(await repo.listByPage(`${PAGE}?ref=feed#elsewhere`)).toEqual([note]);
    expect(await repo.listByPage(PAGE)).toEqual([]);
  });

  it('lists a page in document order and everything newest first', async () => {
    const { repo } = setup();
    const late = await repo.add(draft('second passage', 900));
    const early = await repo.add(draft('first passage', 10));
    const factOnly = await repo.add({ ...draft('x', 0), target: { factId: 'mpp-16500-made-to-wait' } });

    expect((await repo.listByPage(PAGE)).map((n) => n.id)).toEqual([early.id, late.id, factOnly.id]);
    expect((await repo.listAll()).map((n) => n.id)).toEqual([factOnly.id, early.id, late.id]);
  });

  it('rejects an invalid draft with a message naming the field', async () => {
    const { repo, db } = setup();
    await expect(repo.add(draft('x', 0, { text: 'y'.repeat(20_001) }))).rejects.toThrow(
      /text: is 20,001 characters; the limit is 20,000/,
    );
    await expect(repo.add(draft('x', 0, { pageUrl: 'javascript:alert(1)' }))).rejects.toThrow(
      InvalidNoteError,
    );
    expect(await db.notes.count()).toBe(0);
  });

  it('save() inserts a new note and, for an existing one, keeps created and moves updated forward', async () => {
    const { repo } = setup();
    const added = await repo.add(draft('16,500', 100));
    const saved = await repo.save({ ...added, text: 'edited', created: '1999-01-01T00:00:00.000Z' });

    expect(saved.text).toBe('edited');
    expect(saved.created).toBe(added.created);
    expect(Date.parse(saved.updated)).toBeGreaterThan(Date.parse(added.updated));
  });

  it('stamps updated strictly later even when the clock has not moved', async () => {
    const db = new MppDatabase({ name: `notes-${crypto.randomUUID()}` });
    dbs.push(db);
    const frozen = new Date('2025-01-01T00:00:00Z');
    const repo = new NotesRepo(db, { now: () => frozen, newId: ids });
    const note = await repo.add(draft('16,500', 100));
    const edited = await repo.update(note.id, { text: 'again' });
    expect(Date.parse(edited.updated)).toBeGreaterThan(Date.parse(note.updated));
  });
});

describe('NotesRepo: undo', () => {
  it('undoes an edit, restoring the note exactly as it was', async () => {
    const { repo } = setup();
    const original = await repo.add(draft('16,500', 100, { tags: ['figures'] }));
    await repo.update(original.id, { verdict: 'misleading', text: 'changed my mind', tags: ['x'] });

    expect(await repo.undoLast()).toBe(original.id);
    expect(await repo.get(original.id)).toEqual(original);
  });

  it('undoes a delete', async () => {
    const { repo } = setup();
    const original = await repo.add(draft('16,500', 100));
    expect(await repo.delete(original.id)).toBe(true);
    expect(await repo.get(original.id)).toBeUndefined();

    expect(await repo.undoLast()).toBe(original.id);
    expect(await repo.get(original.id)).toEqual(original);
  });

  it('undoes several steps in reverse order, then reports nothing left to undo', async () => {
    const { repo } = setup();
    const note = await repo.add(draft('16,500', 100));
    const first = await repo.update(note.id, { text: 'one' });
    await repo.update(note.id, { text: 'two' });

    await repo.undoLast();
    expect(await repo.get(note.id)).toEqual(first);
    await repo.undoLast();
    expect(await repo.get(note.id)).toEqual(note);
    await repo.undoLast(); // undoes the add
    expect(await repo.get(note.id)).toBeUndefined();
    expect(await repo.undoLast()).toBeNull();
  });

  it('keeps only the most recent history entries', async () => {
    const { repo, db } = setup({ historyLimit: 3 });
    const note = await repo.add(draft('16,500', 100));
    for (const text of ['a', 'b', 'c', 'd']) await repo.update(note.id, { text });
    expect(await db.noteHistory.count()).toBe(3);
  });

  it('deleting a missing note is not an error and records nothing', async () => {
    const { repo, db } = setup();
    expect(await repo.delete('00000000-0000-4000-8000-999999999999')).toBe(false);
    expect(await db.noteHistory.count()).toBe(0);
  });
});

function stored(id: string, updated: string, extra: Partial<Note> = {}): Note {
  return {
    id,
    pageUrl: PAGE,
    pageTitle: 'Page',
    target: {
      source: PAGE,
      selectors: [{ type: 'TextQuoteSelector', exact: `quote ${id}`, prefix: '', suffix: '' }],
    },
    verdict: 'false',
    text: `text ${id}`,
    tags: [],
    linkedFacts: [],
    created: '2025-01-01T00:00:00.000Z',
    updated,
    ...extra,
  };
}

const A = 'aaaaaaaa-0000-4000-8000-000000000001';
const B = 'bbbbbbbb-0000-4000-8000-000000000002';
const C = 'cccccccc-0000-4000-8000-000000000003';
const D = 'dddddddd-0000-4000-8000-000000000004';

describe('NotesRepo: import', () => {
  it('merges without duplicates: newer wins by id, same content under another id is skipped', async () => {
    const { repo, db } = setup();
    await db.notes.bulkPut([stored(A, '2025-02-01T00:00:00.000Z'), stored(B, '2025-02-01T00:00:00.000Z')]);

    const summary = await repo.importNotes([
      stored(A, '2025-03-01T00:00:00.000Z', { text: 'newer text for A' }), // newer: replaces
      stored(B, '2025-01-15T00:00:00.000Z', { text: 'older text for B' }), // older: skipped
      { ...stored(B, '2025-02-01T00:00:00.000Z'), id: C }, // B's content under a new id: skipped
      stored(D, '2025-02-01T00:00:00.000Z'), // new
      stored(D, '2025-02-01T00:00:00.000Z'), // repeated in the file: skipped
    ]);

    expect(summary).toEqual({ added: 1, updated: 1, skipped: 3 });
    expect((await repo.get(A))?.text).toBe('newer text for A');
    expect((await repo.get(B))?.text).toBe(`text ${B}`);
    expect(await repo.get(C)).toBeUndefined();
    expect(await db.notes.count()).toBe(3);
  });

  it('importing the same file twice changes nothing the second time', async () => {
    const { repo, db } = setup();
    const file = [stored(A, '2025-02-01T00:00:00.000Z'), stored(D, '2025-02-01T00:00:00.000Z')];
    expect(await repo.importNotes(file)).toEqual({ added: 2, updated: 0, skipped: 0 });
    const after = await db.notes.toArray();
    expect(await repo.importNotes(file)).toEqual({ added: 0, updated: 0, skipped: 2 });
    expect(await db.notes.toArray()).toEqual(after);
  });

  it('keeps the local version an import replaced in the history: undo brings it back', async () => {
    const { repo } = setup();
    const mine = await repo.add(draft('16,500', 100));
    const edited = await repo.update(mine.id, { text: 'my edit' });
    const theirs = { ...mine, text: 'imported, newer', updated: '2031-01-01T00:05:00.000Z' };
    expect(await repo.importNotes([theirs])).toEqual({ added: 0, updated: 1, skipped: 0 });
    expect(await repo.get(mine.id)).toEqual(theirs);

    expect(await repo.undoLast()).toBe(mine.id);
    expect(await repo.get(mine.id)).toEqual(edited);
  });

  it('refuses a file dated in the future, whole, so it cannot win every later merge', async () => {
    const { repo, db } = setup();
    const mine = await repo.add(draft('16,500', 100));
    const before = await db.notes.toArray();
    const forever = { ...mine, text: 'from 9999', updated: '9999-01-01T00:00:00.000Z' };
    await expect(repo.importNotes([forever])).rejects.toThrow(
      /note at index 0: updated 9999-01-01T00:00:00.000Z is in the future/,
    );
    expect(await db.notes.toArray()).toEqual(before);
  });

  it('refuses a save over a note changed or deleted in another sidebar since the form opened', async () => {
    const { repo } = setup();
    const mine = await repo.add(draft('16,500', 100));
    // Two sidebars open the same note; the first saves.
    const first = await repo.save({ ...mine, text: 'first sidebar' }, mine.updated);
    await expect(repo.save({ ...mine, text: 'second sidebar' }, mine.updated)).rejects.toThrow(
      /changed in another window/,
    );
    expect((await repo.get(mine.id))!.text).toBe('first sidebar');
    await repo.delete(first.id);
    await expect(repo.save({ ...first, text: 'revived?' }, first.updated)).rejects.toThrow(
      /deleted in another window/,
    );
    expect(await repo.get(mine.id)).toBeUndefined();
  });

  it('saves a note from a page with a huge title or URL, cut to fit', async () => {
    const { repo } = setup();
    const mine = await repo.add(draft('16,500', 100));
    const long = await repo.save({
      ...mine,
      pageTitle: 'T'.repeat(50_000),
      pageUrl: `https://news.example/a?q=${'x'.repeat(20_000)}#frag`,
    });
    expect(long.pageTitle.length).toBeLessThanOrEqual(2_000);
    expect(long.pageUrl.length).toBeLessThanOrEqual(8_192);
    expect(long.pageUrl.startsWith('https://news.example/a?q=xxx')).toBe(true);
  });

  it('rejects the whole import when one note is invalid, naming its index', async () => {
    const { repo, db } = setup();
    await db.notes.put(stored(A, '2025-02-01T00:00:00.000Z'));
    const before = await db.notes.toArray();

    const bad = { ...stored(D, '2025-02-01T00:00:00.000Z'), verdict: 'pants-on-fire' } as unknown as Note;
    await expect(repo.importNotes([stored(B, '2025-02-01T00:00:00.000Z'), bad])).rejects.toThrow(
      /note at index 1: verdict: expected one of/,
    );
    expect(await db.notes.toArray()).toEqual(before);
  });

  it('rolls back every write when storage fails part way through', async () => {
    const { repo, db } = setup();
    await db.notes.put(stored(A, '2025-02-01T00:00:00.000Z'));
    const before = await db.notes.toArray();
    // The write really happens inside the transaction, then the transaction fails.
    const realBulkPut = db.notes.bulkPut.bind(db.notes);
    vi.spyOn(db.notes, 'bulkPut').mockImplementation((async (items: readonly Note[]) => {
      await realBulkPut(items);
      expect(await db.notes.count()).toBe(4);
      throw new Error('disk error after writing');
    }) as unknown as typeof db.notes.bulkPut);

    await expect(
      repo.importNotes([
        stored(A, '2025-09-01T00:00:00.000Z', { text: 'would replace A' }),
        stored(B, '2025-02-01T00:00:00.000Z'),
        stored(C, '2025-02-01T00:00:00.000Z'),
        stored(D, '2025-02-01T00:00:00.000Z'),
      ]),
    ).rejects.toThrow('disk error after writing');
    expect(await db.notes.toArray()).toEqual(before);
  });
});

function quotaError(): DOMException {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}

describe('NotesRepo: full storage', () => {
  it('maps a quota error on save to NotesStorageFullError and changes nothing', async () => {
    const { repo, db } = setup();
    const note = await repo.add(draft('16,500', 100));
    const historyBefore = await db.noteHistory.count();
    vi.spyOn(db.notes, 'put').mockRejectedValue(quotaError());

    const failure = repo.update(note.id, { text: 'will not fit' });
    await expect(failure).rejects.toBeInstanceOf(NotesStorageFullError);
    await expect(failure).rejects.toThrow(/nothing was changed/);
    expect(await repo.get(note.id)).toEqual(note);
    expect(await db.noteHistory.count()).toBe(historyBefore);
  });

  it('maps a quota error during import', async () => {
    const { repo, db } = setup();
    vi.spyOn(db.notes, 'bulkPut').mockRejectedValue(quotaError());
    await expect(repo.importNotes([stored(A, '2025-02-01T00:00:00.000Z')])).rejects.toBeInstanceOf(
      NotesStorageFullError,
    );
    expect(await db.notes.count()).toBe(0);
  });

  it('recognises quota errors wrapped the ways Dexie and Firefox report them', () => {
    expect(isQuotaError(new Dexie.AbortError('aborted', quotaError()))).toBe(true);
    expect(isQuotaError({ name: 'BulkError', failures: [new Error('x'), quotaError()] })).toBe(true);
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
    expect(isQuotaError(new Error('other'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });

  it('passes other errors through unchanged', async () => {
    const { repo, db } = setup();
    const note = await repo.add(draft('16,500', 100));
    vi.spyOn(db.notes, 'put').mockRejectedValue(new Error('something else'));
    await expect(repo.update(note.id, { text: 'x' })).rejects.toThrow('something else');
  });
});

describe('undo scoped to a page', () => {
  it('undoes the newest change on the given page and leaves other pages alone', async () => {
    const { repo } = setup();
    const other = 'https://news.example/mpp/003-sheinbaum.html';
    const onPage = await repo.add(draft('Remain in Mexico', 10));
    await repo.update(onPage.id, { text: 'edited on page A' });
    const elsewhere = await repo.add({ ...draft('MPP', 5), pageUrl: other });

    expect(await repo.undoLast(PAGE)).toBe(onPage.id);
    expect((await repo.get(onPage.id))?.text).not.toBe('edited on page A');
    expect(await repo.get(elsewhere.id)).toBeDefined();

    expect(await repo.undoLast(`${PAGE}#section-2`)).toBe(onPage.id); // the fragment is the same page
    expect(await repo.get(onPage.id)).toBeUndefined();
    expect(await repo.undoLast(PAGE)).toBeNull();
    expect(await repo.get(elsewhere.id)).toBeDefined();
  });
});
