/**
 * Copies a topic pack into the curated tables. Notes are never in the transaction's scope, so a
 * pack load cannot touch them even by mistake.
 */
import type { TopicPack } from '../topic/schema';
import type { MppDatabase, PackMeta } from './database';
import { InvalidPackError, checkPackShape } from './pack-shape';

export { InvalidPackError };

/**
 * How a pack is checked before it replaces the curated tables. The default is a structural check
 * without zod, so the service worker stays small; the full check (lib/topic/validate.ts: schema,
 * citations and seed quotes) runs at build time and in tests.
 */
export type PackValidator = (pack: TopicPack) => TopicPack;

export interface PackLoadResult {
  status: 'loaded' | 'unchanged';
  topic: string;
  version: number;
}

/** FNV-1a over the JSON text: cheap, stable, and enough to notice an edited pack. */
export function packFingerprint(pack: TopicPack): string {
  const text = JSON.stringify(pack);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

export async function loadedPackMeta(db: MppDatabase): Promise<PackMeta | undefined> {
  const record = await db.meta.get('pack');
  return record?.key === 'pack' ? record.value : undefined;
}

/** The loaded pack, read back from the index; null when none is loaded yet. */
export async function readLoadedPack(db: MppDatabase): Promise<TopicPack | null> {
  return db.transaction('r', [...db.curatedTables(), db.meta], async () => {
    const [meta, topic, record] = await Promise.all([
      db.meta.get('pack'),
      db.meta.get('topic'),
      db.meta.get('history'),
    ]);
    if (meta?.key !== 'pack' || topic?.key !== 'topic') return null;
    // A pack loaded before the history existed (version 1) has none: empty, and reloaded on next start.
    const past = record?.key === 'history' ? record.value : { asOf: '1970-01-01', records: [], history: [] };
    const [sources, facts, figures, conflicts, timeline] = await Promise.all([
      db.sources.toArray(),
      db.facts.toArray(),
      db.figures.toArray(),
      db.conflicts.toArray(),
      db.timeline.orderBy('date').toArray(),
    ]);
    return {
      version: meta.value.version,
      asOf: past.asOf,
      records: past.records,
      history: past.history,
      topic: topic.value,
      sources,
      facts,
      figures,
      conflicts,
      timeline,
    };
  });
}

/**
 * Replaces the curated tables with `pack` in one transaction. The meta check happens inside that
 * transaction, so two loaders racing (even from two database handles) write the pack once; a
 * second load of the same pack is a no-op unless `force` is set.
 */
export async function loadPack(
  db: MppDatabase,
  pack: TopicPack,
  options: { force?: boolean; now?: () => Date; validate?: PackValidator } = {},
): Promise<PackLoadResult> {
  const valid = (options.validate ?? checkPackShape)(pack);
  const fingerprint = packFingerprint(valid);
  const topic = valid.topic.id;
  const version = valid.version;

  return db.transaction('rw', [...db.curatedTables(), db.meta], async () => {
    const current = await loadedPackMeta(db);
    const same =
      current !== undefined &&
      current.topic === topic &&
      current.version === version &&
      current.fingerprint === fingerprint;
    if (same && !options.force) return { status: 'unchanged', topic, version } as const;

    await Promise.all(db.curatedTables().map((table) => table.clear()));
    await db.sources.bulkPut(valid.sources);
    await db.facts.bulkPut(valid.facts);
    await db.figures.bulkPut(valid.figures);
    await db.conflicts.bulkPut(valid.conflicts);
    await db.timeline.bulkPut(valid.timeline);
    const loadedAt = (options.now?.() ?? new Date()).toISOString();
    await db.meta.put({ key: 'topic', value: valid.topic });
    await db.meta.put({
      key: 'history',
      value: { asOf: valid.asOf, records: valid.records, history: valid.history },
    });
    await db.meta.put({ key: 'pack', value: { topic, version, fingerprint, loadedAt } });
    return { status: 'loaded', topic, version } as const;
  });
}

const inFlight = new WeakMap<MppDatabase, Promise<PackLoadResult>>();

/**
 * For the service worker's first message and onInstalled, which can both arrive on a cold start:
 * callers on the same handle share one load instead of queueing a second transaction.
 */
export function ensurePackLoaded(
  db: MppDatabase,
  pack: TopicPack,
  validate?: PackValidator,
): Promise<PackLoadResult> {
  const pending = inFlight.get(db);
  if (pending) return pending;
  const load = loadPack(db, pack, { validate }).finally(() => inFlight.delete(db));
  inFlight.set(db, load);
  return load;
}
