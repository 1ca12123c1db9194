/**
 * The extension's one IndexedDB database. Curated tables are a disposable copy of the topic pack
 * (reloaded whenever the pack changes); notes and their history are the user's own work and are
 * carried across every schema version by an explicit upgrade.
 */
import Dexie, { type Table, type Transaction } from 'dexie';
import type {
  Conflict,
  Fact,
  Figure,
  HistoryEvent,
  RecordSource,
  Source,
  TimelineEvent,
  Topic,
} from '../topic/schema';
import type { Note, Selector } from '../notes/model';
import { normalisePageUrl } from '../notes/page-url';
import { isVerdict, type Verdict } from '../notes/verdicts';
import { noteTimes } from '../notes/repair';

export const DB_NAME = 'mpp-context';

export interface PackMeta {
  topic: string;
  version: number;
  /** Hash of the pack contents: catches a pack edited without a version bump. */
  fingerprint: string;
  loadedAt: string;
}

/** The pack's topic (names, aliases, cues) has no table of its own: one record beside the pack meta. */
/** The policy's history from the public record: small, read whole, so one record beside the topic. */
export interface PackHistory {
  asOf: string;
  records: RecordSource[];
  history: HistoryEvent[];
}

export type MetaRecord =
  { key: 'pack'; value: PackMeta } | { key: 'topic'; value: Topic } | { key: 'history'; value: PackHistory };

export interface NoteHistoryEntry {
  seq?: number;
  noteId: string;
  action: 'add' | 'update' | 'delete';
  /** The note as it was before the action; null when the action created it. */
  before: Note | null;
  at: string;
}

/**
 * Version 1 (the first release) stored notes flat: `url`, `title`, `comment`, one optional
 * `quote`, and a verdict vocabulary that said 'unproven' where version 2 says 'unverifiable'.
 */
export interface NoteV1 {
  id: string;
  url: string;
  title: string;
  quote: { exact: string; prefix: string; suffix: string; start: number; end: number } | null;
  verdict: string | null;
  comment: string;
  created: string;
  updated: string;
}

export const SCHEMA_V1 = {
  sources: 'seed',
  facts: 'id, topic, *tags',
  figures: 'id, quantity',
  conflicts: 'id, kind, *members',
  timeline: 'id, date',
  meta: 'key',
  notes: 'id, url, updated',
} as const;

export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  notes: 'id, pageUrl, verdict, updated, *tags, *linkedFacts',
  noteHistory: '++seq, noteId',
} as const;

const V1_VERDICT_RENAMES: Readonly<Record<string, Verdict>> = { unproven: 'unverifiable' };

function migrateVerdict(verdict: unknown): Verdict | null {
  if (typeof verdict !== 'string') return null;
  const renamed = V1_VERDICT_RENAMES[verdict] ?? verdict;
  return isVerdict(renamed) ? renamed : null;
}

/**
 * Best effort and never throws: an upgrade that fails leaves the database unopenable, and a note
 * with one odd field is still worth more to its author than no note.
 */
export function migrateNoteV1(old: NoteV1): Note {
  const url = String(old.url ?? '');
  const selectors: Selector[] = [];
  if (old.quote && typeof old.quote.exact === 'string' && old.quote.exact !== '') {
    selectors.push({
      type: 'TextQuoteSelector',
      exact: old.quote.exact,
      prefix: String(old.quote.prefix ?? ''),
      suffix: String(old.quote.suffix ?? ''),
    });
    if (Number.isInteger(old.quote.start) && Number.isInteger(old.quote.end)) {
      selectors.push({ type: 'TextPositionSelector', start: old.quote.start, end: old.quote.end });
    }
  }
  return {
    id: old.id,
    pageUrl: normalisePageUrl(url),
    pageTitle: String(old.title ?? ''),
    target: { source: url, selectors },
    verdict: migrateVerdict(old.verdict),
    text: String(old.comment ?? ''),
    tags: [],
    linkedFacts: [],
    // A v1 note without its times is still listed (repair.ts), under a time that says "unknown".
    ...noteTimes(old.created, old.updated),
  };
}

async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx
    .table('notes')
    .toCollection()
    .modify((note: NoteV1, ref: { value: unknown }) => {
      ref.value = migrateNoteV1(note);
    });
}

export interface MppDatabaseOptions {
  /** Tests pass a separate name (or a separate fake-indexeddb factory) per case. */
  name?: string;
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
}

export class MppDatabase extends Dexie {
  declare sources: Table<Source, string>;
  declare facts: Table<Fact, string>;
  declare figures: Table<Figure, string>;
  declare conflicts: Table<Conflict, string>;
  declare timeline: Table<TimelineEvent, string>;
  declare meta: Table<MetaRecord, string>;
  declare notes: Table<Note, string>;
  declare noteHistory: Table<NoteHistoryEntry, number>;

  constructor(options: MppDatabaseOptions = {}) {
    const dexieOptions: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } = {};
    if (options.indexedDB) dexieOptions.indexedDB = options.indexedDB;
    if (options.IDBKeyRange) dexieOptions.IDBKeyRange = options.IDBKeyRange;
    super(options.name ?? DB_NAME, dexieOptions);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
  }

  /** Curated tables in one list, so a pack load can take them in a single transaction. */
  curatedTables(): Table[] {
    return [this.sources, this.facts, this.figures, this.conflicts, this.timeline];
  }
}
