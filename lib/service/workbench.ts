/**
 * The workbench of extension pages (sidebar, reader): search, seed reading and note keeping over
 * the shared Dexie index, answered in the page itself so fuse.js and zod never load in the
 * service worker. Pure of `browser.*`: the page passes the database and two loaders.
 */
import type { Handlers, SearchHit, SourceView, WorkbenchCalls } from '../messaging/contract';
import type { TopicPack } from '../topic/schema';
import type { MppDatabase } from '../db/database';
import { readLoadedPack } from '../db/load-pack';
import { NotesRepo } from '../db/notes-repo';
import { parseNotesExport } from '../export/import';
import { createSearch, type PackSearch, type SearchResult } from '../search/search';
import { buildCorpus } from './corpus';
import { withStorageErrors } from '../db/storage-error';

export interface WorkbenchDeps {
  db: MppDatabase;
  /** Asks the background to put the pack in the index (it may not have finished installing). */
  ensurePack(): Promise<void>;
  loadSeedTexts(pack: TopicPack): Promise<Record<string, string>>;
}

export function createWorkbench(deps: WorkbenchDeps): Handlers<WorkbenchCalls> {
  const notes = new NotesRepo(deps.db);
  let loaded: Promise<{
    pack: TopicPack;
    search: PackSearch;
    sources: Record<string, SourceView>;
    texts: Record<string, string>;
  }> | null = null;

  const ready = () => {
    loaded ??= (async () => {
      let pack = await readLoadedPack(deps.db);
      if (!pack) {
        await deps.ensurePack();
        pack = await readLoadedPack(deps.db);
      }
      if (!pack) throw new Error('The topic pack is not loaded yet; reopen the sidebar in a moment.');
      const texts = await deps.loadSeedTexts(pack);
      const { sources } = buildCorpus(pack, texts);
      return { pack, search: createSearch(pack), sources, texts };
    })().catch((err) => {
      loaded = null;
      throw err;
    });
    return loaded;
  };

  // A database that cannot open (private mode, a damaged profile) or a full disk reaches the
  // sidebar as one clear message, with nothing changed.
  return withStorageErrors<Handlers<WorkbenchCalls>>({
    async 'search.query'({ query, limit }) {
      const { search, sources } = await ready();
      return search.search(query, { limit: limit ?? 40 }).map((r) => toHit(r, sources));
    },
    async 'pack.seed'({ seed }) {
      const { pack, sources, texts } = await ready();
      const source = sources[seed];
      const text = texts[seed];
      if (!source || text === undefined) return null;
      return {
        source,
        text,
        facts: pack.facts.filter((f) => f.seed === seed),
        timeline: pack.timeline.filter((t) => t.seed === seed),
      };
    },
    /** Every fact of the pack, for exports: what a note's linked facts resolve against. */
    async 'pack.facts'() {
      return (await ready()).pack.facts;
    },
    'notes.forPage': ({ url }) => notes.listByPage(url),
    'notes.all': () => notes.listAll(),
    'notes.save': ({ note, base }) => notes.save(note, base),
    async 'notes.delete'({ id }) {
      return { deleted: await notes.delete(id) };
    },
    async 'notes.undo'({ url }) {
      return { undone: await notes.undoLast(url) };
    },
    async 'notes.import'({ json }) {
      // Parsing throws an ImportError naming the item and field before anything is written.
      return notes.importNotes(parseNotesExport(json));
    },
  });
}

function toHit(r: SearchResult, sources: Record<string, SourceView>): SearchHit {
  const base = { type: r.type, id: r.id, score: r.score };
  switch (r.type) {
    case 'topic':
      return { ...base, title: r.item.name, quote: null, seed: null };
    case 'fact':
      return { ...base, title: r.item.statement, quote: r.item.quote, seed: r.item.seed };
    case 'figure':
      return { ...base, title: r.item.label, quote: r.item.quote ?? null, seed: r.item.seed ?? null };
    case 'conflict':
      return { ...base, title: r.item.title, quote: r.item.explanation, seed: null };
    case 'source':
      return {
        ...base,
        title: `${r.item.outlet ?? sources[r.item.seed]?.title ?? r.item.seed}: ${r.item.title}`,
        quote: r.item.eventsDateEvidence.quote,
        seed: r.item.seed,
      };
    case 'timeline':
      return { ...base, title: `${r.item.date}: ${r.item.event}`, quote: r.item.quote, seed: r.item.seed };
  }
}
