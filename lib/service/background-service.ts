/**
 * The background's answers to BackgroundCalls. Pure of `browser.*`: the entrypoint passes the
 * database, loaders for the shipped pack and seed texts, and the one browser action needed
 * (opening the sidebar), so the same handlers run under test with fake-indexeddb.
 */
import type { BackgroundCalls, Handlers, NoteAnchors, SenderInfo } from '../messaging/contract';
import type { TopicPack } from '../topic/schema';
import type { MppDatabase } from '../db/database';
import { ensurePackLoaded, readLoadedPack, type PackValidator } from '../db/load-pack';
import { countNotesOnPage, notesOnPage } from '../db/notes-read';
import { withStorageErrors } from '../db/storage-error';
import { anchorNotes } from '../anchor/anchor-notes';
import { buildPageContext, type CorpusIndex } from './page-context';
import { buildCorpus } from './corpus';

export interface BackgroundDeps {
  db: MppDatabase;
  /** The pack shipped with this version of the extension. */
  loadShippedPack(): Promise<TopicPack>;
  loadSeedTexts(pack: TopicPack): Promise<Record<string, string>>;
  validate?: PackValidator;
  openSidebar(tabId: number | undefined, mentionIndex?: number): Promise<boolean>;
}

export interface BackgroundService {
  handlers: Handlers<BackgroundCalls>;
  /** Loads the shipped pack into the index; safe from onInstalled and from any first message at once. */
  install(): Promise<void>;
}

/**
 * A content script may only ask about its own page: its tab's URL wins over the one it sends
 * (defence in depth against a compromised renderer). Extension pages send no tab.
 */
function senderPage(url: string, sender: SenderInfo): string {
  return sender.tabId !== undefined && sender.url ? sender.url : url;
}

export function createBackgroundService(deps: BackgroundDeps): BackgroundService {
  const { db } = deps;
  let installing: Promise<void> | null = null;
  let corpus: Promise<CorpusIndex> | null = null;

  const install = () => {
    installing ??= deps
      .loadShippedPack()
      .then((pack) => ensurePackLoaded(db, pack, deps.validate))
      .then(() => undefined)
      .catch((err) => {
        installing = null;
        throw err;
      });
    return installing;
  };

  /** Curated data is served from the index (Dexie), read once per service-worker lifetime. */
  const ready = () => {
    corpus ??= (async () => {
      await install();
      const pack = await readLoadedPack(db);
      if (!pack) throw new Error('The topic pack is not in the index');
      return buildCorpus(pack, await deps.loadSeedTexts(pack));
    })().catch((err) => {
      corpus = null;
      throw err;
    });
    return corpus;
  };

  const handlers: Handlers<BackgroundCalls> = withStorageErrors<Handlers<BackgroundCalls>>({
    async 'page.prefetch'(req) {
      return buildPageContext(await ready(), req);
    },
    async 'notes.count'({ url }, sender) {
      return { count: await countNotesOnPage(db, senderPage(url, sender)) };
    },
    async 'notes.anchor'({ url, text }, sender) {
      const notes = await notesOnPage(db, senderPage(url, sender));
      const result = anchorNotes(
        text,
        notes.map((n) => ({ id: n.id, verdict: n.verdict, selectors: n.target.selectors ?? [] })),
      );
      const out: NoteAnchors = { anchored: result.anchored, orphans: result.orphans };
      return out;
    },
    async 'ui.openSidebar'({ mentionIndex }, sender) {
      return { opened: await deps.openSidebar(sender.tabId, mentionIndex) };
    },
    async 'pack.ensure'() {
      const c = await ready();
      return { version: c.pack.version };
    },
  });
  return { handlers, install };
}
