/**
 * One reader session on a page: scans, and the parts that act on its mentions, each in its own
 * module: the context cache (context-cache.ts), the popover's state machine
 * (popover-interaction.ts), the notes' paint (note-painter.ts), offsets for the sidebar
 * (page-offsets.ts). Free of `browser.*`: the entrypoint passes a background client and a
 * popover loader, so this runs the same under test.
 */
import type { BackgroundCalls, PageState, SelectionView } from '../messaging/contract';
import type { Client } from '../messaging/rpc';
import { visibleText, type VisibleText } from '../detect/visible-text';
import { pickLang } from '../i18n/lang';
import type { Highlighter } from './highlighter';
import type { PageMentions } from './page-mentions';
import { MENTION_HIGHLIGHT } from './settings';
import { createContextCache } from './context-cache';
import { createNotePainter } from './note-painter';
import { mentionViews, selectionIn } from './page-offsets';
import { createPopoverInteraction } from './popover-interaction';
import type { PopoverUiModule } from './popover-port';
import { afterNextFrame, watchForReveal } from './reveal-hidden';

export type { PopoverUiModule };

export interface SessionDeps {
  doc: Document;
  mentions: PageMentions;
  highlighter: Highlighter;
  background: Client<BackgroundCalls>;
  signal: AbortSignal;
  loadPopover: () => Promise<PopoverUiModule>;
  /** Tells extension pages (the sidebar) that this page's mentions or notes changed. */
  notifyChanged: () => void;
  /** Whether notes are painted on the page (they are anchored either way, for the sidebar). */
  showNotes: () => boolean;
  /** Layout-aware: is this element's text hidden by the page's styles? Asked after a scan. */
  isHidden?: (el: Element) => boolean;
}

const FLASH = 'mpp-flash';

export function createReaderSession(deps: SessionDeps) {
  const { doc, mentions, highlighter, background, signal } = deps;
  const win = doc.defaultView! as Window & typeof globalThis;
  /** Each full scan starts a generation; async work of an older one drops its result. */
  let generation = 0;
  const stale = (gen: number) => signal.aborted || gen !== generation;
  const text = (): VisibleText => visibleText(doc);
  const scrollTo = (range: Range) =>
    range.startContainer.parentElement?.scrollIntoView({
      block: 'center',
      behavior: 'instant' as ScrollBehavior,
    });
  const flash = (range: Range) => {
    highlighter.set(FLASH, [range]);
    setTimeout(() => highlighter.clear(FLASH), 1600);
  };

  const context = createContextCache({
    doc,
    mentions,
    background,
    signal,
    generation: () => generation,
    notifyChanged: deps.notifyChanged,
  });
  const interaction = createPopoverInteraction({
    doc,
    mentions,
    highlighter,
    background,
    context,
    loadPopover: deps.loadPopover,
    lang: pickLang(win.navigator.languages),
    signal,
    scrollTo,
  });
  let notesGen = 0;
  const notes = createNotePainter({
    doc,
    background,
    highlighter,
    showNotes: deps.showNotes,
    text,
    isStale: () => stale(notesGen),
  });
  const refreshNotes = () => {
    notesGen = generation;
    return notes.refresh();
  };

  const reveal = watchForReveal(win, {
    isHidden: deps.isHidden,
    onShown: (shown) => {
      if (!signal.aborted && mentions.scanRoots(shown)) batchChanged(shown);
    },
  });

  /** After a batch changed the list: as after a full scan, what the page's styles hide goes. */
  function batchChanged(roots: Element[]) {
    const changed = () => {
      deps.notifyChanged();
      context.schedule();
    };
    const isHidden = deps.isHidden;
    if (!isHidden) return changed();
    // Once the browser has styled the added content (a collapsed menu); only the batch's own.
    const gen = generation;
    void afterNextFrame(win).then(() => {
      if (stale(gen)) return;
      reveal.watch(mentions.pruneHidden(isHidden, roots));
      changed();
    });
  }

  return {
    async scan() {
      const gen = ++generation;
      interaction.close();
      reveal.stop();
      context.reset();
      const before = mentions.items.length;
      const finished = await mentions.scanAll(signal);
      if (!finished || stale(gen)) return;
      if (deps.isHidden && mentions.items.length > 0) {
        await afterNextFrame(win);
        if (stale(gen)) return;
        reveal.watch(mentions.pruneHidden(deps.isHidden));
      }
      if (mentions.items.length > 0 || before > 0) deps.notifyChanged();
      // Notes are painted only where the user turned that on for the site; the sidebar asks for
      // them itself (notes.refresh).
      if (deps.showNotes()) await refreshNotes();
    },
    onBatch(roots: Element[]) {
      if (mentions.scanRoots(roots)) batchChanged(roots);
    },
    /** A batch too large for one task (dom-watch.ts): scanned in slices. */
    onLargeBatch(roots: Element[]) {
      void mentions.scanRootsSliced(roots, signal).then((changed) => {
        if (changed && !signal.aborted) batchChanged(roots);
      });
    },
    owns: (node: Node) => interaction.owns(node),
    async state(): Promise<PageState> {
      await context.ensure();
      const views = mentionViews(text(), mentions.items);
      const aligned = context.alignedWith(views);
      return {
        url: doc.location.href,
        title: doc.title,
        pageDate: aligned?.pageDate ?? null,
        mentions: views,
        context: aligned,
      };
    },
    reveal(index: number): boolean {
      const m = mentions.items[index];
      if (!m) return false;
      scrollTo(m.range);
      flash(m.range);
      return true;
    },
    selection(): SelectionView | null {
      const sel = win.getSelection();
      if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
      return selectionIn(text(), sel.getRangeAt(0));
    },
    refreshNotes,
    revealNote(id: string): boolean {
      const r = notes.rangeOf(id);
      if (!r) return false;
      scrollTo(r);
      flash(r);
      return true;
    },
    destroy() {
      generation++;
      reveal.stop();
      context.stop();
      interaction.destroy();
      highlighter.clear(MENTION_HIGHLIGHT);
    },
  };
}
