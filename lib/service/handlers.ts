/**
 * The background's answers to every BackgroundCalls message. Pure of `browser.*`: the entrypoint
 * passes the database, the bundled pack with its seed texts, and the one browser action needed
 * (opening the sidebar), so the same handlers run under test with fake-indexeddb.
 */
import type { BackgroundCalls, Handlers, SearchHit } from '../messaging/contract';
import type { TopicPack } from '../topic/schema';
import type { MppDatabase } from '../db/database';
import { ensurePackLoaded } from '../db/load-pack';
import { NotesRepo } from '../db/notes-repo';
import { parseNotesExport } from '../export/import';
import { createSearch, type PackSearch, type SearchResult } from '../search/search';
import { buildSeedIndex } from '../copy/shingles';
import { buildPageContext, sourceViews, type CorpusIndex } from './page-context';

export interface ServiceDeps {
  db: MppDatabase;
  /** The bundled pack: loaded into the database on install and update. */
  pack: TopicPack;
  seedTexts: Record<string, string>;
  openSidebar(tabId: number | undefined, mentionIndex?: number): Promise<boolean>;
}

export interface BackgroundService {
  handlers: Handlers<BackgroundCalls>;
  /** Loads the pack into the index; safe to call from onInstalled and from any first message. */
  ready(): Promise<CorpusIndex>;
}

export function createBackgroundService(deps: ServiceDeps): BackgroundService {
  const { db } = deps;
  const notes = new NotesRepo(db);
  let corpus: Promise<CorpusIndex> | null = null;
  let search: PackSearch | null = null;

  /** Curated data is served from the index (Dexie), read once per service-worker lifetime. */
  async function loadCorpus(): Promise<CorpusIndex> {
    await ensurePackLoaded(db, deps.pack);
    const [sources, facts, figures, conflicts, timeline] = await Promise.all([
      db.sources.toArray(),
      db.facts.toArray(),
      db.figures.toArray(),
      db.conflicts.toArray(),
      db.timeline.orderBy('date').toArray(),
    ]);
    const pack: TopicPack = { version: deps.pack.version, topic: deps.pack.topic, sources, facts, figures, conflicts, timeline };
    const seeds = buildSeedIndex(deps.seedTexts);
    return { pack, seeds, sources: sourceViews(pack, seeds) };
  }
  const ready = () => {
    corpus ??= loadCorpus().catch((err) => {
      corpus = null;
      throw err;
    });
    return corpus;
  };

  const handlers: Handlers<BackgroundCalls> = {
    async 'page.prefetch'(req) {
      return buildPageContext(await ready(), req);
    },
    async 'search.query'({ query, limit }) {
      const c = await ready();
      search ??= createSearch(c.pack);
      return search.search(query, { limit: limit ?? 40 }).map((r) => toHit(r, c));
    },
    async 'pack.seed'({ seed }) {
      const c = await ready();
      const source = c.sources[seed];
      const text = deps.seedTexts[seed];
      if (!source || text === undefined) return null;
      return {
        source,
        text,
        facts: c.pack.facts.filter((f) => f.seed === seed),
        timeline: c.pack.timeline.filter((t) => t.seed === seed),
      };
    },
    async 'ui.openSidebar'({ mentionIndex }, sender) {
      return { opened: await deps.openSidebar(sender.tabId, mentionIndex) };
    },
    'notes.forPage': ({ url }) => notes.listByPage(url),
    'notes.all': () => notes.listAll(),
    'notes.save': ({ note }) => notes.save(note),
    async 'notes.delete'({ id }) {
      return { deleted: await notes.delete(id) };
    },
    async 'notes.undo'() {
      return { undone: await notes.undoLast() };
    },
    async 'notes.import'({ json }) {
      // Parsing throws an ImportError naming the item and field; nothing is written before that.
      return notes.importNotes(parseNotesExport(json));
    },
  };
  return { handlers, ready };
}

function toHit(r: SearchResult, c: CorpusIndex): SearchHit {
  const base = { type: r.type, id: r.id, score: r.score };
  switch (r.type) {
    case 'topic':
      return { ...base, title: r.item.name, quote: null, seed: null };
    case 'fact':
      return { ...base, title: r.item.statement, quote: r.item.quote, seed: r.item.seed };
    case 'figure':
      return { ...base, title: r.item.label, quote: r.item.quote, seed: r.item.seed };
    case 'conflict':
      return { ...base, title: r.item.title, quote: r.item.explanation, seed: null };
    case 'source':
      return {
        ...base,
        title: `${r.item.outlet ?? c.sources[r.item.seed]?.title ?? r.item.seed}: ${r.item.title}`,
        quote: r.item.eventsDateEvidence.quote,
        seed: r.item.seed,
      };
    case 'timeline':
      return { ...base, title: `${r.item.date}: ${r.item.event}`, quote: r.item.quote, seed: r.item.seed };
  }
}
