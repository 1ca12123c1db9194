import type { Note, NoteTarget } from './model';
import { isVerdict } from './verdicts';

/** When a stored note says nothing of its time: sorts last, and says plainly that it is unknown. */
export const UNKNOWN_TIME = '1970-01-01T00:00:00.000Z';

const isString = (v: unknown): v is string => typeof v === 'string';

/** A note's times as stored, each standing in for the other when missing, else UNKNOWN_TIME. */
export function noteTimes(created: unknown, updated: unknown): { created: string; updated: string } {
  const c = isString(created) ? created : isString(updated) ? updated : UNKNOWN_TIME;
  return { created: c, updated: isString(updated) ? updated : c };
}
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter(isString) : []);

/**
 * A stored note as the lists show it. A note written by an older version or damaged on disk (a
 * field missing or of the wrong type) is filled in with safe defaults instead of being dropped:
 * "all notes" and the exports never silently lose one. Only a record without an id, which
 * IndexedDB cannot hold under its key, is not a note.
 */
export function repairStoredNote(raw: unknown): Note | null {
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as Record<string, unknown>;
  if (!isString(r.id) || r.id === '') return null;
  const pageUrl = isString(r.pageUrl) ? r.pageUrl : '';
  const target =
    r.target && typeof r.target === 'object'
      ? (r.target as NoteTarget)
      : ({ source: pageUrl, selectors: [] } as NoteTarget);
  return {
    ...(r as object),
    id: r.id,
    pageUrl,
    pageTitle: isString(r.pageTitle) ? r.pageTitle : '',
    target,
    verdict: isVerdict(r.verdict) ? r.verdict : null,
    text: isString(r.text) ? r.text : '',
    tags: strings(r.tags),
    linkedFacts: strings(r.linkedFacts),
    ...noteTimes(r.created, r.updated),
  } as Note;
}

/** Stored rows as notes, each repaired; what is no note at all is left out. */
export function repairStoredNotes(rows: readonly unknown[]): Note[] {
  return rows.map(repairStoredNote).filter((n): n is Note => n !== null);
}

/** Repaired notes, most recently updated first (the newest work on top). */
export function newestFirst(rows: readonly unknown[]): Note[] {
  return repairStoredNotes(rows).sort((a, b) => (a.updated < b.updated ? 1 : a.updated > b.updated ? -1 : 0));
}
