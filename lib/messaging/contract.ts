/**
 * The one message contract of the extension: a typed call map per direction, modelled on
 * hypothesis/client's port-rpc-calls. Every message is `{ type, payload }`; the response type is
 * fixed by the call map, so a sender and its handler cannot drift apart.
 */
import type { Conflict, Fact, Figure, Mention, RecordSource, Source, TimelineEvent } from '../topic/schema';
import type { PolicyStatus } from '../topic/status';
import type { Note } from '../notes/model';
import type { DateCandidates } from '../page/date-candidates';
import type { FigureReason } from '../figures/check';

export interface PageDateInfo {
  date: string;
  source: 'meta' | 'json-ld' | 'time' | 'dateline';
  raw: string;
}

export interface SourceView extends Source {
  /** Seed this source copies (computed from the texts), and seeds that copy it. */
  copies: string | null;
  copiedBy: string[];
}

export interface FigureCheckView {
  raw: string;
  value: number;
  qualifier: string;
  quantity: string | null;
  verdict: 'agrees' | 'conflicts' | 'no-curated-figure';
  /** Why, as data: lib/i18n/explain.ts words it. */
  reason: FigureReason;
  /** Curated figures of the same quantity, oldest first. */
  series: Figure[];
}

export interface CopiedPassageView {
  seed: string;
  pageStart: number;
  pageEnd: number;
  similarity: number;
}

export interface DateCheckView {
  pageDate: string | null;
  eventsDate: string;
  disagrees: boolean;
  /** The page is dated before the events its text reports (a date that cannot be right). */
  predates: boolean;
  seed: string;
  /** The seed's words that date its events ("last month", "on Tuesday"). */
  evidence: string;
}

/** The policy's status at one of the dates that matter to a page. */
export interface StatusAtView {
  /** The page's printed date, the date of the events it reports, or the latest date the sources cover. */
  role: 'page' | 'events' | 'latest';
  status: PolicyStatus;
  /** The running count at that date, while the policy was in operation (the topic's statusQuantity). */
  figure: Figure | null;
  /**
   * The pack's asOf when the date is after it: the status is then only the last one the sources
   * show, and the reader is told where they stop.
   */
  recordEnds: string | null;
}

/** What this page is, when it is one of the seeds or reprints one whole. */
export interface PageIdentityView {
  seed: string;
  /** Printed with the seed's own date (or, like the seed, with none): the seed itself, not a reprint. */
  sameDate: boolean;
}

export interface MentionContext {
  /** Curated facts most relevant to the passage around this mention, best first. */
  facts: string[];
  /** Related seed articles, best first. */
  sources: string[];
  /** Relations between sources (conflicts of any kind but the page's own) relevant to the passage, best first. */
  conflicts: string[];
  /** Facts and relations together, most relevant to the passage first: the popover leads with two. */
  ranked: Array<{ type: 'fact' | 'relation'; id: string }>;
  figureChecks: FigureCheckView[];
}

/** Everything the content script needs about its page, fetched once, so a hover needs no round trip. */
export interface PageContext {
  topic: {
    id: string;
    name: string;
    nameEs: string;
    summary: string;
    summaryEs: string;
    summaryRecords: string[];
  };
  mentions: MentionContext[];
  facts: Record<string, Fact>;
  figures: Figure[];
  conflicts: Conflict[];
  sources: Record<string, SourceView>;
  copiedPassages: CopiedPassageView[];
  /** The page's own date, read from the candidates the content script sent. */
  pageDate: PageDateInfo | null;
  dateCheck: DateCheckView | null;
  /** Records of the public record cited by what the context shows, by id. */
  records: Record<string, RecordSource>;
  /** The pack's own "as of" date. */
  asOf: string;
  /** The policy's status on the page's date, on the date of the events it reports and as of the pack, where they differ. */
  status: StatusAtView[];
  identity: PageIdentityView | null;
}

export interface PrefetchRequest {
  url: string;
  title: string;
  /** Strings the page's date may be read from; the background parses them. */
  dateCandidates: DateCandidates;
  /** The sentence around each mention, in document order. */
  passages: string[];
  /** Block-joined visible text, capped (copy detection). */
  text: string;
}

export type SearchHitType = 'topic' | 'fact' | 'figure' | 'conflict' | 'source' | 'timeline';
export interface SearchHit {
  type: SearchHitType;
  id: string;
  score: number;
  title: string;
  quote: string | null;
  seed: string | null;
}

/** A mention as the sidebar lists it. */
export interface MentionView extends Mention {
  index: number;
  sentence: string;
}

export interface PageState {
  url: string;
  title: string;
  pageDate: PageDateInfo | null;
  mentions: MentionView[];
  context: PageContext | null;
}

export interface SelectionView {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

/** content script / extension pages -> background (runtime.sendMessage). */
export type BackgroundCalls = {
  'page.prefetch': { payload: PrefetchRequest; response: PageContext };
  /** How many notes this page has: the page text is sent for anchoring only when there are some. */
  'notes.count': { payload: { url: string }; response: { count: number } };
  /** This page's notes, re-anchored in the page text the content script sends. */
  'notes.anchor': { payload: { url: string; text: string }; response: NoteAnchors };
  'ui.openSidebar': { payload: { mentionIndex?: number }; response: { opened: boolean } };
  /** Makes sure the pack is in the index (extension pages read it from Dexie themselves). */
  'pack.ensure': { payload: Record<string, never>; response: { version: number } };
};

/**
 * The workbench of extension pages (sidebar, reader): search and note keeping over the same
 * Dexie index, answered in the page itself. fuse.js and zod load there, on demand, instead of
 * in the service worker that wakes for every page.
 */
export type WorkbenchCalls = {
  'search.query': { payload: { query: string; limit?: number }; response: SearchHit[] };
  'pack.seed': {
    payload: { seed: string };
    response: { source: SourceView; text: string; facts: Fact[]; timeline: TimelineEvent[] } | null;
  };
  'pack.facts': { payload: Record<string, never>; response: Fact[] };
  'notes.forPage': { payload: { url: string }; response: Note[] };
  'notes.all': { payload: Record<string, never>; response: Note[] };
  /**
   * `base`: the stored note's `updated` when the edit began (null for a new note). A save over a
   * note changed or deleted since is refused (NoteConflictError), not silently merged.
   */
  'notes.save': { payload: { note: Note; base?: string | null }; response: Note };
  'notes.delete': { payload: { id: string }; response: { deleted: boolean } };
  /** Undoes the newest change to a note of `url` (or anywhere, without it). */
  'notes.undo': { payload: { url?: string }; response: { undone: string | null } };
  'notes.import': {
    payload: { json: string };
    response: { added: number; updated: number; skipped: number };
  };
};

export interface NoteAnchors {
  anchored: Array<{ id: string; verdict: Note['verdict']; start: number; end: number }>;
  orphans: string[];
}

/** background / sidebar -> content script of a tab (tabs.sendMessage). */
export type ContentCalls = {
  'page.state': { payload: Record<string, never>; response: PageState };
  'mention.reveal': { payload: { index: number }; response: { ok: boolean } };
  'selection.get': { payload: Record<string, never>; response: SelectionView | null };
  'notes.refresh': { payload: Record<string, never>; response: { anchored: number; orphans: string[] } };
  'note.reveal': { payload: { id: string }; response: { ok: boolean } };
};

/**
 * A tab's content script listens for ContentCalls only once its reader has loaded, and most pages
 * never load it. The gate leaves this handle on its isolated world's global, under GATE_GLOBAL,
 * so that extension pages can wake the reader with scripting.executeScript before they ask.
 */
export interface GateHandle {
  /** Loads and starts the reader (once); resolves when it listens for ContentCalls. */
  wake(): Promise<true>;
}
export const GATE_GLOBAL = '__mppGate';

/**
 * The one broadcast: a content script tells extension pages (the sidebar) that its page's
 * mentions, context or notes changed. Payload `{ url }`; nobody answers it.
 */
export const PAGE_CHANGED = 'page.changed';

export type CallMap = Record<string, { payload: unknown; response: unknown }>;
export type Message<M extends CallMap, K extends keyof M = keyof M> = K extends keyof M
  ? { type: K; payload: M[K]['payload'] }
  : never;
export type Handlers<M extends CallMap> = {
  [K in keyof M]: (
    payload: M[K]['payload'],
    sender: SenderInfo,
  ) => Promise<M[K]['response']> | M[K]['response'];
};
export interface SenderInfo {
  id?: string;
  url?: string;
  tabId?: number;
}
