/**
 * The page's notes: anchored by the background in the page's visible text, painted under one
 * neutral highlight where the user turned notes on for the site, and found again for the sidebar.
 */
import type { BackgroundCalls, NoteAnchors } from '../messaging/contract';
import type { Client } from '../messaging/rpc';
import type { VisibleText } from '../detect/visible-text';
import { MAX_ANCHOR_TEXT } from '../anchor/anchor-notes';
import { NOTE_HIGHLIGHT } from './settings';
import type { Highlighter } from './highlighter';
import { rangeAt } from './page-offsets';

export interface NotePainterDeps {
  doc: Document;
  background: Client<BackgroundCalls>;
  highlighter: Pick<Highlighter, 'set'>;
  /** Whether notes are painted on this site (they are anchored either way, for the sidebar). */
  showNotes(): boolean;
  text(): VisibleText;
  /** True once the scan that asked has been replaced (or the session ended). */
  isStale(): boolean;
}

export function createNotePainter(deps: NotePainterDeps) {
  const { doc, background } = deps;
  let ranges = new Map<string, Range>();
  const none = { anchored: 0, orphans: [] as string[] };

  return {
    /** Anchors and paints this page's notes; the ids whose passage is gone are orphans. */
    async refresh(): Promise<{ anchored: number; orphans: string[] }> {
      let anchors: NoteAnchors;
      let vt: VisibleText | null = null;
      try {
        // The page text goes to the background only when this page has notes to anchor.
        const { count } = await background('notes.count', { url: doc.location.href });
        if (deps.isStale()) return none;
        if (count === 0) anchors = { anchored: [], orphans: [] };
        else {
          vt = deps.text();
          // The background anchors against no more than this; sending more would only cost.
          anchors = await background('notes.anchor', {
            url: doc.location.href,
            text: vt.text.slice(0, MAX_ANCHOR_TEXT),
          });
        }
      } catch {
        return none;
      }
      if (deps.isStale()) return none;
      const painted: Range[] = [];
      const orphans = [...anchors.orphans];
      ranges = new Map();
      for (const a of anchors.anchored) {
        const range = vt && rangeAt(doc, vt, a.start, a.end);
        if (!range) {
          orphans.push(a.id);
          continue;
        }
        ranges.set(a.id, range);
        painted.push(range);
      }
      // Only where the user asked for this site, and under one name that says nothing of the note.
      deps.highlighter.set(NOTE_HIGHLIGHT, deps.showNotes() ? painted : []);
      return { anchored: ranges.size, orphans };
    },
    rangeOf(id: string): Range | undefined {
      return ranges.get(id);
    },
  };
}
