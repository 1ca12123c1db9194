/**
 * Reads and writes notes. Every write is one transaction that also records the previous state
 * in noteHistory, so the last edit or deletion can be undone, and so a failed write (a full disk
 * included) leaves nothing half-done.
 */
import { allNotes, countNotesOnPage, notesOnPage } from './notes-read';
import {
  applyNotePatch,
  InvalidNoteError,
  MAX_TITLE,
  MAX_URL,
  createNote,
  parseNote,
  quoteSelectorOf,
  type Note,
  type NoteDraft,
  type NotePatch,
} from '../notes/model';
import { normalisePageUrl } from '../notes/page-url';
import type { MppDatabase, NoteHistoryEntry } from './database';
import { NotesStorageFullError, isQuotaError } from './storage-error';

export { NotesStorageFullError, isQuotaError };

export const HISTORY_LIMIT = 100;

/** A save over a note changed or deleted since the edit began (two sidebars on one note). */
export class NoteConflictError extends Error {
  override name = 'NoteConflictError';
}

/**
 * A URL that fits the model's limit: a page's URL may carry a huge query string; the note keeps
 * its origin and path and as much of the query as fits.
 */
export function fitUrl(url: string): string {
  if (url.length <= MAX_URL) return url;
  try {
    const u = new URL(url);
    u.hash = '';
    if (u.href.length > MAX_URL)
      u.search = u.search.slice(0, Math.max(0, MAX_URL - (u.href.length - u.search.length)));
    return u.href.slice(0, MAX_URL);
  } catch {
    return url.slice(0, MAX_URL);
  }
}

export class NoteNotFoundError extends Error {
  override name = 'NoteNotFoundError';
  constructor(readonly noteId: string) {
    super(`No note with id ${noteId}.`);
  }
}

export { InvalidNoteError } from '../notes/model';

export interface ImportSummary {
  added: number;
  updated: number;
  skipped: number;
}

function time(iso: string): number {
  return Date.parse(iso);
}

/** Two notes saying the same thing about the same passage, whatever their ids. */
function contentKey(note: Note): string {
  return JSON.stringify([
    note.pageUrl,
    quoteSelectorOf(note)?.exact ?? '',
    note.target.factId ?? '',
    note.text,
    note.verdict,
  ]);
}

/** Document order: by position on the page, then by creation; notes without a position last. */
export interface NotesRepoOptions {
  now?: () => Date;
  newId?: () => string;
  historyLimit?: number;
}

export class NotesRepo {
  private readonly now: () => Date;
  private readonly newId: () => string;
  private readonly historyLimit: number;

  constructor(
    private readonly db: MppDatabase,
    options: NotesRepoOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.newId = options.newId ?? (() => globalThis.crypto.randomUUID());
    this.historyLimit = options.historyLimit ?? HISTORY_LIMIT;
  }

  get(id: string): Promise<Note | undefined> {
    return this.db.notes.get(id);
  }

  countByPage(url: string): Promise<number> {
    return countNotesOnPage(this.db, url);
  }

  listByPage(url: string): Promise<Note[]> {
    return notesOnPage(this.db, url);
  }

  listAll(): Promise<Note[]> {
    return allNotes(this.db);
  }

  async add(draft: NoteDraft): Promise<Note> {
    const note = createNote(draft, { now: this.now(), id: this.newId() });
    return this.write(async () => {
      await this.db.notes.add(note);
      await this.record({ noteId: note.id, action: 'add', before: null });
      return note;
    });
  }

  /**
   * Insert or replace a whole note (what the sidebar sends). An existing note keeps its
   * `created`; `updated` is stamped here so a later edit always sorts, and merges, as newer.
   */
  async save(note: Note, base?: string | null): Promise<Note> {
    const incoming = parseNote({
      ...note,
      pageUrl: fitUrl(normalisePageUrl(note.pageUrl)),
      // A page's title is the page's to choose: a long one is cut, never a reason to lose a note.
      pageTitle: note.pageTitle.slice(0, MAX_TITLE),
    });
    return this.write(async () => {
      const before = await this.db.notes.get(incoming.id);
      if (base !== undefined && base !== null) {
        if (!before)
          throw new NoteConflictError('This note was deleted in another window; it was not saved again.');
        if (before.updated !== base)
          throw new NoteConflictError(
            'This note was changed in another window since you opened it; reopen it to edit the latest version.',
          );
      }
      const saved: Note = before
        ? { ...incoming, created: before.created, updated: this.stamp(before) }
        : incoming;
      await this.db.notes.put(saved);
      await this.record({ noteId: saved.id, action: before ? 'update' : 'add', before: before ?? null });
      return saved;
    });
  }

  update(id: string, patch: NotePatch): Promise<Note> {
    return this.write(async () => {
      const before = await this.db.notes.get(id);
      if (!before) throw new NoteNotFoundError(id);
      const next = parseNote({ ...applyNotePatch(before, patch), updated: this.stamp(before) });
      await this.db.notes.put(next);
      await this.record({ noteId: id, action: 'update', before });
      return next;
    });
  }

  /** Resolves false when there was no such note. */
  delete(id: string): Promise<boolean> {
    return this.write(async () => {
      const before = await this.db.notes.get(id);
      if (!before) return false;
      await this.db.notes.delete(id);
      await this.record({ noteId: id, action: 'delete', before });
      return true;
    });
  }

  /**
   * Reverts the most recent add, edit or delete: an edited or deleted note comes back exactly as
   * it was, an added one is removed. Resolves the note id, or null when there is nothing to undo.
   */
  /**
   * Undoes the newest change, or with `pageUrl` the newest change to a note of that page, so an
   * Undo pressed on one page never reverts work done on another.
   */
  undoLast(pageUrl?: string): Promise<string | null> {
    return this.write(async () => {
      const page = pageUrl === undefined ? undefined : normalisePageUrl(pageUrl);
      let last: NoteHistoryEntry | undefined;
      for (const entry of await this.db.noteHistory.orderBy('seq').reverse().toArray()) {
        const owner = entry.before?.pageUrl ?? (await this.db.notes.get(entry.noteId))?.pageUrl;
        if (page === undefined || owner === page) {
          last = entry;
          break;
        }
      }
      if (!last || last.seq === undefined) return null;
      if (last.before) await this.db.notes.put(last.before);
      else await this.db.notes.delete(last.noteId);
      await this.db.noteHistory.delete(last.seq);
      return last.noteId;
    });
  }

  /**
   * Merges notes from an export, all or nothing. Same id: the newer `updated` wins. Same content
   * under another id (page, quote, fact, text, verdict): skipped, so importing a colleague's
   * re-export of your own notes does not double them. A note an import replaces keeps its local
   * history: the replaced version is recorded, so undo brings it back. A file dated in the future
   * (a note "updated" in 9999 would win every later merge) is refused whole.
   */
  async importNotes(incoming: readonly Note[]): Promise<ImportSummary> {
    const notes = incoming.map((note, index) =>
      parseNote({ ...note, pageUrl: fitUrl(normalisePageUrl(note.pageUrl)) }, `note at index ${index}`),
    );
    // A day of clock skew between machines is allowed; more is a date that cannot be right.
    const latest = this.now().getTime() + 86_400_000;
    notes.forEach((note, index) => {
      for (const field of ['created', 'updated'] as const) {
        if (time(note[field]) > latest)
          throw new InvalidNoteError(
            `note at index ${index}: ${field} ${note[field]} is in the future; nothing was imported`,
          );
      }
    });
    return this.write(async () => {
      const existing = await this.db.notes.toArray();
      const existingIds = new Set(existing.map((n) => n.id));
      const byId = new Map(existing.map((n) => [n.id, n]));
      const idByContent = new Map(existing.map((n) => [contentKey(n), n.id]));
      const pending = new Map<string, Note>();

      for (const note of notes) {
        const current = byId.get(note.id);
        if (current) {
          if (time(note.updated) <= time(current.updated)) continue;
          if (idByContent.get(contentKey(current)) === current.id) idByContent.delete(contentKey(current));
        } else if (idByContent.has(contentKey(note))) {
          continue;
        }
        byId.set(note.id, note);
        idByContent.set(contentKey(note), note.id);
        pending.set(note.id, note);
      }

      await this.db.notes.bulkPut([...pending.values()]);
      const replaced = [...pending.keys()].filter((id) => existingIds.has(id));
      // The local version an import replaced stays in the history: undo brings it back.
      for (const id of replaced) {
        const local = existing.find((n) => n.id === id)!;
        await this.record({ noteId: id, action: 'update', before: local });
      }
      const added = pending.size - replaced.length;
      return { added, updated: replaced.length, skipped: notes.length - added - replaced.length };
    });
  }

  /** `updated` strictly after the previous value, even within one millisecond. */
  private stamp(before: Note): string {
    const now = this.now().getTime();
    const previous = time(before.updated);
    return new Date(Number.isNaN(previous) ? now : Math.max(now, previous + 1)).toISOString();
  }

  private async record(entry: Omit<NoteHistoryEntry, 'seq' | 'at'>): Promise<void> {
    await this.db.noteHistory.add({ ...entry, at: this.now().toISOString() });
    const excess = (await this.db.noteHistory.count()) - this.historyLimit;
    if (excess > 0) {
      const oldest = await this.db.noteHistory.orderBy('seq').limit(excess).primaryKeys();
      await this.db.noteHistory.bulkDelete(oldest);
    }
  }

  private async write<T>(body: () => Promise<T>): Promise<T> {
    try {
      return await this.db.transaction('rw', this.db.notes, this.db.noteHistory, body);
    } catch (error) {
      if (isQuotaError(error)) throw new NotesStorageFullError(error);
      throw error;
    }
  }
}
