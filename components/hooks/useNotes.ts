/**
 * This page's notes, which of them no longer anchor, and the actions on them. The sidebar's own
 * workbench keeps them in the shared Dexie index (with undo); the content script anchors and
 * paints them, so after every change it is asked to re-anchor and report orphans. Orphans are
 * listed, never hidden.
 */
import { isWebPage } from '../../lib/notes/page-url';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { fill, type SidebarStrings } from '../../lib/i18n/sidebar';
import type { Note } from '../../lib/notes/model';
import { normalisePageUrl } from '../../lib/notes/page-url';
import { contentOf } from '../services/clients';
import { workbench } from '../services/workbench';

export interface NotesApi {
  notes: Note[];
  orphans: ReadonlySet<string>;
  /** Saves and reports success; on failure the message is returned for the form to show. */
  /** `base`: the stored version's `updated` the edit began from, null for a new note. */
  save(note: Note, base: string | null): Promise<string | null>;
  remove(id: string): Promise<void>;
  undo(): Promise<void>;
  reveal(id: string): void;
  reload(): Promise<void>;
}

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

export function useNotes(
  s: SidebarStrings,
  tabId: number | null,
  pageUrl: string | null,
  revision: number,
  announce: (text: string) => void,
): NotesApi {
  const [notes, setNotes] = useState<Note[]>([]);
  const [orphans, setOrphans] = useState<ReadonlySet<string>>(new Set());
  // Answers for an earlier page must not overwrite the current page's list.
  const seq = useRef(0);

  const reload = useCallback(async () => {
    const mine = ++seq.current;
    if (!isWebPage(pageUrl)) {
      setNotes([]);
      setOrphans(new Set());
      return;
    }
    try {
      const list = await workbench('notes.forPage', { url: normalisePageUrl(pageUrl) });
      if (mine !== seq.current) return;
      setNotes(list);
    } catch (err) {
      if (mine === seq.current) announce(fill(s.notes.failed, { error: message(err) }));
      return;
    }
    if (tabId === null) return;
    try {
      const { orphans: ids } = await contentOf(tabId)('notes.refresh', {});
      if (mine === seq.current) setOrphans(new Set(ids));
    } catch {
      // No content script: nothing can be anchored or reported; keep the list as it is.
    }
  }, [tabId, pageUrl, announce, s]);

  useEffect(() => {
    void reload();
  }, [reload, revision]);

  const save = useCallback(
    async (note: Note, base: string | null) => {
      try {
        await workbench('notes.save', { note, base });
      } catch (err) {
        // Changed or deleted in another sidebar: show that version, and say why this save failed.
        await reload();
        return message(err);
      }
      announce(base === null ? s.notes.saved : s.notes.updated);
      await reload();
      return null;
    },
    [announce, reload, s],
  );

  const remove = useCallback(
    async (id: string) => {
      try {
        const { deleted } = await workbench('notes.delete', { id });
        if (deleted) announce(s.notes.deleted);
      } catch (err) {
        announce(fill(s.notes.failed, { error: message(err) }));
      }
      await reload();
    },
    [announce, reload, s],
  );

  const undo = useCallback(async () => {
    try {
      const { undone } = await workbench('notes.undo', pageUrl ? { url: pageUrl } : {});
      announce(undone === null ? s.notes.nothingToUndo : s.notes.undone);
    } catch (err) {
      announce(fill(s.notes.failed, { error: message(err) }));
    }
    await reload();
  }, [announce, reload, s]);

  const reveal = useCallback(
    (id: string) => {
      if (tabId !== null) void contentOf(tabId)('note.reveal', { id }).catch(() => undefined);
    },
    [tabId],
  );

  return { notes, orphans, save, remove, undo, reveal, reload };
}
