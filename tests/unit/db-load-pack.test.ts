import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mppPack } from '../../data/mpp/index';
import { MppDatabase } from '../../lib/db/database';
import { ensurePackLoaded, InvalidPackError, loadedPackMeta, loadPack } from '../../lib/db/load-pack';
import type { Note } from '../../lib/notes/model';
import type { Fact, TopicPack } from '../../lib/topic/schema';

const SEED = '000_4aee7743f2ad6556.txt';

function fact(id: string): Fact {
  return {
    id,
    topic: 'mpp',
    statement: `Statement ${id}.`,
    statementEs: `Afirmación ${id}.`,
    quote: 'Remain in Mexico',
    seed: SEED,
    asOf: '2019-07',
    tags: ['figures'],
    people: [],
    places: [],
  };
}

/** A pack small enough to reason about, built to the schema. */
function smallPack(version: number, factIds: string[]): TopicPack {
  return {
    version,
    asOf: '2025-01-21',
    records: [
      {
        id: 'dhs-2025',
        publisher: 'DHS',
        title: 'DHS Reinstates Migrant Protection Protocols',
        date: '2025-01-21',
        url: 'https://www.dhs.gov/news/2025/01/21/dhs-reinstates-migrant-protection-protocols',
        kind: 'government',
      },
    ],
    history: [
      {
        id: 'revival',
        date: '2025-01-21',
        event: 'Revived.',
        eventEs: 'Revivido.',
        state: 'revival-ordered',
        records: ['dhs-2025'],
      },
    ],
    topic: {
      id: 'mpp',
      name: 'Migrant Protection Protocols',
      nameEs: 'Protocolos de Protección a Migrantes',
      summary: 'US policy.',
      summaryEs: 'Política de EE. UU.',
      summaryRecords: ['dhs-2025'],
      aliases: [{ text: 'Remain in Mexico', lang: 'en', kind: 'name' }],
      cues: ['asylum'],
      antiCues: [],
      neighbours: [],
    },
    sources: [
      {
        seed: SEED,
        outlet: 'CBS News',
        title: 'Mexico offers to send asylum seekers home',
        lang: 'en',
        pageDate: null,
        eventsDate: '2019-07',
        eventsDateEvidence: { seed: SEED, quote: 'Remain in Mexico' },
        summary: 'Busing program.',
      },
    ],
    facts: factIds.map(fact),
    figures: [
      {
        id: 'mpp-16500',
        quantity: 'mpp-returned',
        label: 'Made to wait',
        labelEs: 'Obligados a esperar',
        value: 16500,
        qualifier: 'more-than',
        unit: 'people',
        unitEs: 'personas',
        asOf: '2019-07',
        quote: 'more than 16,500 migrants',
        seed: SEED,
      },
    ],
    conflicts: [],
    timeline: [
      {
        id: 'start',
        date: '2019-01',
        event: 'MPP starts.',
        eventEs: 'Empiezan los MPP.',
        quote: 'Remain in Mexico',
        seed: SEED,
      },
    ],
  };
}

const userNote: Note = {
  id: '0d9d1b7e-5a43-4c4e-9a57-1c1e5f6a7b80',
  pageUrl: 'https://news.example/mpp/a.html',
  pageTitle: 'A',
  target: { factId: 'fact-a' },
  verdict: 'accurate',
  text: 'mine',
  tags: [],
  linkedFacts: ['fact-a'],
  created: '2025-01-01T00:00:00.000Z',
  updated: '2025-01-01T00:00:00.000Z',
};

const dbs: MppDatabase[] = [];
function newDb(name = `pack-${crypto.randomUUID()}`): MppDatabase {
  const db = new MppDatabase({ name });
  dbs.push(db);
  return db;
}

afterEach(async () => {
  const names = new Set(dbs.map((db) => db.name));
  for (const db of dbs.splice(0)) db.close();
  for (const name of names) await Dexie.delete(name);
  vi.restoreAllMocks();
});

describe('loadPack', () => {
  it('loads every curated table of the real MPP pack and records what it loaded', async () => {
    const db = newDb();
    const result = await loadPack(db, mppPack, { now: () => new Date('2025-02-01T00:00:00Z') });

    expect(result).toEqual({ status: 'loaded', topic: mppPack.topic.id, version: mppPack.version });
    expect(await db.sources.count()).toBe(mppPack.sources.length);
    expect(await db.facts.count()).toBe(mppPack.facts.length);
    expect(await db.figures.count()).toBe(mppPack.figures.length);
    expect(await db.conflicts.count()).toBe(mppPack.conflicts.length);
    expect(await db.timeline.count()).toBe(mppPack.timeline.length);
    const meta = await loadedPackMeta(db);
    expect(meta).toMatchObject({
      topic: 'mpp',
      version: mppPack.version,
      loadedAt: '2025-02-01T00:00:00.000Z',
    });
  });

  it('replaces the curated tables instead of merging into them', async () => {
    const db = newDb();
    await loadPack(db, smallPack(1, ['fact-a', 'fact-b']));
    await loadPack(db, smallPack(2, ['fact-c']));

    expect(await db.facts.toCollection().primaryKeys()).toEqual(['fact-c']);
    expect((await loadedPackMeta(db))?.version).toBe(2);
  });

  it('never touches notes or their history', async () => {
    const db = newDb();
    await db.notes.put(userNote);
    await db.noteHistory.add({ noteId: userNote.id, action: 'add', before: null, at: userNote.created });

    await loadPack(db, smallPack(1, ['fact-a']));
    await loadPack(db, smallPack(2, []), { force: true });

    expect(await db.notes.toArray()).toEqual([userNote]);
    expect(await db.noteHistory.count()).toBe(1);
  });

  it('is a no-op for the same pack, and gives the same result when forced', async () => {
    const db = newDb();
    const pack = smallPack(1, ['fact-a', 'fact-b']);
    await loadPack(db, pack, { now: () => new Date('2025-01-01T00:00:00Z') });
    const before = { facts: await db.facts.toArray(), meta: await loadedPackMeta(db) };

    const again = await loadPack(db, pack, { now: () => new Date('2025-06-01T00:00:00Z') });
    expect(again.status).toBe('unchanged');
    expect(await db.facts.toArray()).toEqual(before.facts);
    expect(await loadedPackMeta(db)).toEqual(before.meta);

    const forced = await loadPack(db, pack, { force: true });
    expect(forced.status).toBe('loaded');
    expect(await db.facts.toArray()).toEqual(before.facts);
  });

  it('reloads a pack edited without a version bump', async () => {
    const db = newDb();
    await loadPack(db, smallPack(1, ['fact-a']));
    const edited = await loadPack(db, smallPack(1, ['fact-a', 'fact-new']));
    expect(edited.status).toBe('loaded');
    expect(await db.facts.count()).toBe(2);
  });

  it('rejects an invalid pack by field and leaves the loaded one in place', async () => {
    const db = newDb();
    await loadPack(db, smallPack(1, ['fact-a']));
    const broken = smallPack(2, ['fact-b']);
    (broken.facts[0] as { seed: string }).seed = 'not-a-seed.txt';

    await expect(loadPack(db, broken)).rejects.toThrow(InvalidPackError);
    await expect(loadPack(db, broken)).rejects.toThrow(/facts\[0\]\.seed/);
    expect(await db.facts.toCollection().primaryKeys()).toEqual(['fact-a']);
    expect((await loadedPackMeta(db))?.version).toBe(1);
  });
});

describe('ensurePackLoaded', () => {
  it('loads once when called concurrently (first message and onInstalled on a cold start)', async () => {
    const db = newDb();
    const bulkPut = vi.spyOn(db.facts, 'bulkPut');
    const pack = smallPack(1, ['fact-a']);

    const results = await Promise.all([
      ensurePackLoaded(db, pack),
      ensurePackLoaded(db, pack),
      ensurePackLoaded(db, pack),
    ]);

    expect(bulkPut).toHaveBeenCalledTimes(1);
    expect(results.map((r) => r.status)).toEqual(['loaded', 'loaded', 'loaded']);
    expect((await ensurePackLoaded(db, pack)).status).toBe('unchanged');
    expect(bulkPut).toHaveBeenCalledTimes(1);
  });

  it('loads once across two handles on the same database, thanks to the check inside the transaction', async () => {
    const name = `pack-${crypto.randomUUID()}`;
    const first = newDb(name);
    const second = newDb(name);
    const spies = [vi.spyOn(first.facts, 'bulkPut'), vi.spyOn(second.facts, 'bulkPut')];
    const pack = smallPack(1, ['fact-a', 'fact-b']);

    const results = await Promise.all([ensurePackLoaded(first, pack), ensurePackLoaded(second, pack)]);

    expect(results.map((r) => r.status).sort()).toEqual(['loaded', 'unchanged']);
    expect(spies[0]!.mock.calls.length + spies[1]!.mock.calls.length).toBe(1);
    expect(await first.facts.count()).toBe(2);
  });

  it('lets a later call retry after a failed load', async () => {
    const db = newDb();
    const broken = smallPack(1, ['fact-a']);
    broken.version = 0;
    await expect(ensurePackLoaded(db, broken)).rejects.toThrow(InvalidPackError);
    expect((await ensurePackLoaded(db, smallPack(1, ['fact-a']))).status).toBe('loaded');
  });
});
