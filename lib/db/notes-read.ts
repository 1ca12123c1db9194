/**
 * Reading notes, for the service worker as for the sidebar (NotesRepo builds on it): no zod here,
 * so the background that wakes for every page stays small. Every note is repaired on the way out
 * (repair.ts), never skipped.
 */
import type { Note } from '../notes/model';
import { normalisePageUrl } from '../notes/page-url';
import { newestFirst, repairStoredNotes } from '../notes/repair';
import { positionSelectorOf } from '../notes/selectors-of';
import type { MppDatabase } from './database';

/** On the page in reading order, then oldest first. */
export function byPagePosition(a: Note, b: Note): number {
  const pa = positionSelectorOf(a)?.start ?? Number.POSITIVE_INFINITY;
  const pb = positionSelectorOf(b)?.start ?? Number.POSITIVE_INFINITY;
  if (pa !== pb) return pa < pb ? -1 : 1;
  return Date.parse(a.created) - Date.parse(b.created) || a.id.localeCompare(b.id);
}

export function countNotesOnPage(db: MppDatabase, url: string): Promise<number> {
  return db.notes.where('pageUrl').equals(normalisePageUrl(url)).count();
}

export async function notesOnPage(db: MppDatabase, url: string): Promise<Note[]> {
  const rows = await db.notes.where('pageUrl').equals(normalisePageUrl(url)).toArray();
  // byPagePosition orders every pair (position, then time, then id): no other sort first.
  return repairStoredNotes(rows).sort(byPagePosition);
}

/**
 * Most recently updated first. Read whole, not through the `updated` index: a note missing that
 * field (damaged, or written by an older version) would be left out of an index walk.
 */
export async function allNotes(db: MppDatabase): Promise<Note[]> {
  return newestFirst(await db.notes.toArray());
}
