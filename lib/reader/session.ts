/**
 * One reader session on a page: the mentions, the prefetched context, hover and keyboard
 * interaction, the popover, and note highlights. Free of `browser.*`: the entrypoint passes a
 * background client and a popover loader, so this runs the same under test.
 */
import type {
  BackgroundCalls,
  MentionContext,
  MentionView,
  NoteAnchors,
  PageContext,
  PageState,
  SelectionView,
} from '../messaging/contract';
import type { Client } from '../messaging/rpc';
import { domPoint, visibleText, type VisibleText } from '../detect/visible-text';
import { describe } from '../anchor/selectors';
import { collectDateCandidates } from '../page/date-candidates';
import { pickLang } from '../i18n/lang';
import { NOTE_HIGHLIGHT } from './settings';
import { MAX_ANCHOR_TEXT } from '../anchor/anchor-notes';
import type { Highlighter } from './highlighter';
import { MENTION_HIGHLIGHT, yieldToBrowser, type PageMentions } from './page-mentions';
import { caretAt, rangeContainsPoint } from './hit-test';
import { sentenceAround, sentenceOfRange, type BlockTexts } from './sentence';
import type { PopoverCallbacks, PopoverController, PopoverContent } from './popover-port';

export interface PopoverUiModule {
  createPopoverController: (doc: Document, cb: PopoverCallbacks) => PopoverController;
}

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

/** Resolves after the browser has styled and painted a frame (then style reads are cheap). */
function afterNextFrame(win: Window): Promise<void> {
  return new Promise((resolve) => {
    if (typeof win.requestAnimationFrame !== 'function') return resolve();
    win.requestAnimationFrame(() => setTimeout(resolve, 0));
  });
}

const OPEN_DELAY = 250;
const CLOSE_DELAY = 350;
/** Copy detection reads this much of the page: a copied article sits well within it. */
const MAX_PREFETCH_TEXT = 40_000;
const FOCUS = 'mpp-focus';
const FLASH = 'mpp-flash';

export function createReaderSession(deps: SessionDeps) {
  const { doc, mentions, highlighter, background, signal } = deps;
  const win = doc.defaultView!;
  const lang = pickLang(win.navigator.languages);

  let context: PageContext | null = null;
  let contextByPassage = new Map<string, MentionContext>();
  /** The prefetch in flight: a hover, a keyboard focus and the sidebar may all ask at once. */
  let prefetching: Promise<void> | null = null;
  let prefetchTimer: ReturnType<typeof setTimeout> | undefined;
  let popover: PopoverController | null = null;
  let popoverLoading: Promise<PopoverController> | null = null;
  let shownIndex = -1;
  /**
   * The mention the popover should show: the one under the pointer or chosen by keyboard, -1 when
   * the pointer left. Opening waits for data and for the popover's code; what the user did during
   * that wait decides whether it still opens.
   */
  let wanted = -1;
  let focusIndex = -1;
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let overPopover = false;
  let noteRanges = new Map<string, Range>();
  /** Each full scan starts a generation; async work of an older one drops its result. */
  let generation = 0;
  /** The passage each mention was prefetched with, so a hover finds its context without a page walk. */
  let passageOf = new WeakMap<Range, string>();
  const stale = (gen: number) => signal.aborted || gen !== generation;

  const text = (): VisibleText => visibleText(doc);

  /** Text offset of a DOM point in the block-joined text, or -1 when it is not visible text. */
  function offsetOf(vt: VisibleText, index: Map<Text, number>, node: Node, offset: number): number {
    const i = index.get(node as Text);
    return i === undefined ? -1 : vt.starts[i]! + offset;
  }

  function mentionViews(vt: VisibleText): MentionView[] {
    const index = new Map(vt.nodes.map((n, i) => [n, i]));
    const out: MentionView[] = [];
    mentions.items.forEach((m, i) => {
      const start = offsetOf(vt, index, m.range.startContainer, m.range.startOffset);
      const end = offsetOf(vt, index, m.range.endContainer, m.range.endOffset);
      if (start < 0 || end < start) return;
      out.push({
        index: i,
        ...passageAt(vt.text, start, end),
        topic: m.topic,
        sentence: sentenceAround(vt.text, start, end),
      });
    });
    return out;
  }

  async function prefetch(): Promise<void> {
    if (mentions.items.length === 0 || signal.aborted) return;
    const gen = generation;
    // Each mention's sentence from its own block, and a capped text for copy detection: a page
    // of a megabyte is not walked whole for either.
    const blocks: BlockTexts = new Map();
    const items = [...mentions.items];
    const passages = items.map((m) => sentenceOfRange(m.range, blocks));
    const vt = visibleText(doc, { maxChars: MAX_PREFETCH_TEXT });
    // The page walk above and the date read and message below each take milliseconds on a
    // large page: not in one task.
    await yieldToBrowser();
    if (stale(gen)) return;
    try {
      const ctx = await background('page.prefetch', {
        url: doc.location.href,
        title: doc.title,
        dateCandidates: collectDateCandidates(doc),
        passages,
        text: vt.text.slice(0, MAX_PREFETCH_TEXT),
      });
      if (stale(gen)) return;
      context = ctx;
      contextByPassage = new Map(passages.map((p, i) => [p, ctx.mentions[i]!]));
      passageOf = new WeakMap(items.map((m, i) => [m.range, passages[i]!]));
      deps.notifyChanged();
    } catch (err) {
      // Without context the highlights still stand; the popover says nothing it cannot back.
      console.warn('[MPP Context] prefetch failed:', err);
    }
  }

  /**
   * Elements whose mentions were dropped as hidden (a "Read more" body, a tab, a mobile-only copy):
   * when one gets a box in view, as a class toggle shows it, its block is scanned again. Pages
   * toggle classes all the time, so watching class changes would be a firehose; an
   * IntersectionObserver costs nothing until a hidden element appears.
   */
  const reveal = (() => {
    let observer: IntersectionObserver | null = null;
    return {
      watch(elements: Element[]) {
        if (elements.length === 0 || typeof win.IntersectionObserver !== 'function') return;
        observer ??= new win.IntersectionObserver((entries) => {
          const shown: Element[] = [];
          for (const e of entries) {
            if (!e.isIntersecting || deps.isHidden?.(e.target)) continue;
            observer?.unobserve(e.target);
            shown.push(e.target);
          }
          if (shown.length && !signal.aborted && mentions.scanRoots(shown)) batchChanged(shown);
        });
        for (const el of elements) observer.observe(el);
      },
      stop() {
        observer?.disconnect();
        observer = null;
      },
    };
  })();

  /** After a batch changed the list: as after a full scan, what the page's styles hide goes. */
  function batchChanged(roots: Element[]) {
    const changed = () => {
      deps.notifyChanged();
      schedulePrefetch();
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

  /**
   * The page's context, fetched when first needed (a hover begins, a mention gets keyboard focus,
   * the sidebar asks), not at load: a page whose mentions nobody points at pays for none of it.
   */
  function ensureContext(): Promise<void> {
    if (context) return Promise.resolve();
    prefetching ??= prefetch().finally(() => {
      prefetching = null;
    });
    return prefetching;
  }

  /** Content added or changed: the context is refreshed if one was fetched (else it waits to be asked). */
  function schedulePrefetch() {
    if (!context) return;
    clearTimeout(prefetchTimer);
    prefetchTimer = setTimeout(() => void prefetch(), 400);
  }

  /** The context prefetched for this mention; null (and a new prefetch) for one that arrived since. */
  function mentionContext(index: number): MentionContext | null {
    const m = mentions.items[index];
    if (!context || !m) return null;
    const passage = passageOf.get(m.range);
    const found = passage === undefined ? undefined : contextByPassage.get(passage);
    if (!found) schedulePrefetch();
    return found ?? null;
  }

  async function ensurePopover(): Promise<PopoverController> {
    if (popover) return popover;
    popoverLoading ??= deps.loadPopover().then((mod) => {
      popover = mod.createPopoverController(doc, {
        onClose: () => closePopover(),
        onOpenSidebar: () => {
          void background('ui.openSidebar', { mentionIndex: shownIndex });
        },
        onPointerEnter: () => {
          overPopover = true;
          clearTimeout(closeTimer);
        },
        onPointerLeave: () => {
          overPopover = false;
          scheduleClose();
        },
      });
      return popover;
    });
    popoverLoading.catch(() => {
      popoverLoading = null;
    });
    return popoverLoading;
  }

  async function openPopover(index: number, focus = false): Promise<void> {
    const m = mentions.items[index];
    if (!m) return;
    await ensureContext();
    const mctx = mentionContext(index);
    if (!context || !mctx) return;
    const ui = await ensurePopover();
    if (signal.aborted || wanted !== index || !mentions.items.includes(m)) return;
    shownIndex = index;
    const content: PopoverContent = { lang, context, mention: mctx, exact: m.range.toString() };
    await ui.show(m.range, content, { focus });
  }

  function closePopover() {
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
    popover?.hide();
    shownIndex = -1;
    wanted = -1;
    overPopover = false;
    // Keyboard focus ends with the popover, so Enter elsewhere on the page is the page's again.
    if (focusIndex >= 0) highlighter.clear(FOCUS);
    focusIndex = -1;
  }

  function scheduleClose() {
    clearTimeout(closeTimer);
    closeTimer = setTimeout(() => {
      if (!overPopover) closePopover();
    }, CLOSE_DELAY);
  }

  // Hover: at most one hit-test per frame, whatever the pointer event rate.
  let pending: { x: number; y: number } | null = null;
  let frame = 0;
  function hitTest() {
    frame = 0;
    if (!pending) return;
    const { x, y } = pending;
    pending = null;
    const caret = caretAt(doc, x, y);
    let index = caret ? mentions.hits.at(caret.node, caret.offset) : -1;
    if (index >= 0 && !rangeContainsPoint(mentions.items[index]!.range, x, y)) index = -1;
    if (index >= 0) {
      clearTimeout(closeTimer);
      if (index !== shownIndex) {
        clearTimeout(openTimer);
        wanted = index;
        // The context is fetched during the hover delay, so the popover opens on time.
        void ensureContext();
        openTimer = setTimeout(() => void openPopover(index), OPEN_DELAY);
      } else {
        // Back on the shown mention before another one's delay ran out: it stays.
        clearTimeout(openTimer);
        wanted = index;
      }
    } else {
      clearTimeout(openTimer);
      // A popover opened by keyboard is not the pointer's to cancel while it loads.
      if (!overPopover && focusIndex < 0) wanted = shownIndex;
      if (shownIndex >= 0 && !overPopover) scheduleClose();
    }
  }
  const onPointerMove = (e: PointerEvent) => {
    // Hit-testing forces layout: a page without mentions should not pay for it.
    if (mentions.items.length === 0 && shownIndex < 0) return;
    if (popover?.owns(e.target)) return;
    pending = { x: e.clientX, y: e.clientY };
    if (!frame) frame = win.requestAnimationFrame(hitTest);
  };

  function focusMention(index: number) {
    const m = mentions.items[index];
    if (!m) return;
    closePopover();
    focusIndex = index;
    highlighter.set(FOCUS, [m.range]);
    scrollToRange(m.range);
    wanted = index;
    void openPopover(index);
  }

  const onKeyDown = (e: KeyboardEvent) => {
    // Only the user's own keys: a page's synthetic events must not steer the extension.
    if (!e.isTrusted) return;
    const target = e.composedPath()[0] ?? e.target;
    if (e.altKey && e.shiftKey && (e.code === 'KeyN' || e.code === 'KeyP')) {
      // In a text field these keys type characters (Option+Shift+N/P on a Mac): they are the field's.
      if (isTextEntry(target)) return;
      const n = mentions.items.length;
      if (n === 0) return;
      e.preventDefault();
      const step = e.code === 'KeyN' ? 1 : -1;
      focusMention(focusIndex < 0 ? (step > 0 ? 0 : n - 1) : (focusIndex + step + n) % n);
      return;
    }
    if (e.key === 'Escape' && (focusIndex >= 0 || shownIndex >= 0)) {
      // This Escape closed what the extension showed; the page's own dialogs stay as they are.
      if (shownIndex >= 0) e.stopPropagation();
      closePopover();
      return;
    }
    // Keys inside the popover are its own (Enter on its buttons).
    if (focusIndex < 0 || popover?.owns(e.composedPath()[0] ?? e.target)) return;
    if (e.key === 'Enter' && !isEditable(e.target)) {
      e.preventDefault();
      wanted = focusIndex;
      void openPopover(focusIndex, true);
    }
  };

  function scrollToRange(range: Range) {
    const el = range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
  }

  function flash(range: Range) {
    highlighter.set(FLASH, [range]);
    setTimeout(() => highlighter.clear(FLASH), 1600);
  }

  doc.addEventListener('pointermove', onPointerMove, { passive: true, capture: true, signal });
  win.addEventListener('keydown', onKeyDown, { capture: true, signal });

  async function refreshNotes(): Promise<{ anchored: number; orphans: string[] }> {
    const gen = generation;
    let anchors: NoteAnchors;
    let vt: VisibleText | null = null;
    try {
      // The page text goes to the background only when this page has notes to anchor.
      const { count } = await background('notes.count', { url: doc.location.href });
      if (stale(gen)) return { anchored: 0, orphans: [] };
      if (count === 0) anchors = { anchored: [], orphans: [] };
      else {
        vt = text();
        // The background anchors against no more than this; sending more would only cost.
        anchors = await background('notes.anchor', {
          url: doc.location.href,
          text: vt.text.slice(0, MAX_ANCHOR_TEXT),
        });
      }
    } catch {
      return { anchored: 0, orphans: [] };
    }
    if (stale(gen)) return { anchored: 0, orphans: [] };
    const painted: Range[] = [];
    const orphans = [...anchors.orphans];
    noteRanges = new Map();
    for (const a of anchors.anchored) {
      const range = vt && rangeFor(vt, a.start, a.end);
      if (!range) {
        orphans.push(a.id);
        continue;
      }
      noteRanges.set(a.id, range);
      painted.push(range);
    }
    // Only where the user asked for this site, and under one name that says nothing of the note.
    highlighter.set(NOTE_HIGHLIGHT, deps.showNotes() ? painted : []);
    return { anchored: noteRanges.size, orphans };
  }

  function rangeFor(vt: VisibleText, start: number, end: number): Range | null {
    const a = domPoint(vt, start, 'start');
    const b = domPoint(vt, end, 'end');
    if (!a || !b) return null;
    const r = doc.createRange();
    r.setStart(a.node, a.offset);
    r.setEnd(b.node, b.offset);
    return r;
  }

  return {
    async scan() {
      const gen = ++generation;
      closePopover();
      reveal.stop();
      context = null;
      contextByPassage = new Map();
      passageOf = new WeakMap();
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
    owns(node: Node) {
      return popover?.owns(node) ?? false;
    },
    async state(): Promise<PageState> {
      await ensureContext();
      const views = mentionViews(text());
      // The context was fetched for the mentions of its time; realign it with today's list.
      const aligned = context && {
        ...context,
        mentions: views.map((v) => contextByPassage.get(v.sentence) ?? emptyMentionContext),
      };
      return {
        url: doc.location.href,
        title: doc.title,
        pageDate: context?.pageDate ?? null,
        mentions: views,
        context: aligned,
      };
    },
    reveal(index: number): boolean {
      const m = mentions.items[index];
      if (!m) return false;
      scrollToRange(m.range);
      flash(m.range);
      return true;
    },
    selection(): SelectionView | null {
      const sel = win.getSelection();
      if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
      const r = sel.getRangeAt(0);
      const vt = text();
      const index = new Map(vt.nodes.map((n, i) => [n, i]));
      const start = pointOffset(vt, index, r.startContainer, r.startOffset, 'start');
      const end = pointOffset(vt, index, r.endContainer, r.endOffset, 'end');
      if (start < 0 || end <= start) return null;
      return passageAt(vt.text, start, end);
    },
    refreshNotes,
    revealNote(id: string): boolean {
      const r = noteRanges.get(id);
      if (!r) return false;
      scrollToRange(r);
      flash(r);
      return true;
    },
    destroy() {
      generation++;
      reveal.stop();
      clearTimeout(prefetchTimer);
      if (frame) win.cancelAnimationFrame(frame);
      closePopover();
      popover?.destroy();
      popover = null;
      highlighter.clear(FOCUS);
      highlighter.clear(MENTION_HIGHLIGHT);
    },
  };
}

/** A passage as TextQuote and TextPosition selectors say it (lib/anchor's describe), flattened. */
function passageAt(text: string, start: number, end: number): SelectionView {
  const { quote, position } = describe(text, start, end);
  return {
    exact: quote.exact,
    prefix: quote.prefix,
    suffix: quote.suffix,
    start: position.start,
    end: position.end,
  };
}

const emptyMentionContext: MentionContext = {
  facts: [],
  sources: [],
  conflicts: [],
  figureChecks: [],
  ranked: [],
};

function isEditable(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT|BUTTON|A)$/.test(el.tagName));
}

/** Where a key press types text: a text field, a text area, an editable region. */
function isTextEntry(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || typeof el.tagName !== 'string') return false;
  if (el.isContentEditable || el.tagName === 'TEXTAREA') return true;
  if (el.tagName !== 'INPUT') return false;
  return !/^(button|checkbox|color|file|hidden|image|radio|range|reset|submit)$/i.test(
    (el as HTMLInputElement).type,
  );
}

/**
 * A selection boundary may sit on an element (triple-click) rather than a text node: resolve it
 * to the nearest text node offset in the visible text.
 */
function pointOffset(
  vt: VisibleText,
  index: Map<Text, number>,
  container: Node,
  offset: number,
  edge: 'start' | 'end',
): number {
  if (container.nodeType === 3) {
    const i = index.get(container as Text);
    return i === undefined ? -1 : vt.starts[i]! + offset;
  }
  const doc = container.ownerDocument ?? (container as Document);
  const walker = doc.createTreeWalker(container, 4);
  const child = container.childNodes[offset] ?? null;
  if (edge === 'start') {
    if (child) walker.currentNode = child;
    for (let n: Node | null = child?.nodeType === 3 ? child : walker.nextNode(); n; n = walker.nextNode()) {
      const i = index.get(n as Text);
      if (i !== undefined) return vt.starts[i]!;
    }
    return -1;
  }
  let last = -1;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (child && (child.compareDocumentPosition(n) & 4 /* FOLLOWING */ || child === n)) break;
    const i = index.get(n as Text);
    if (i !== undefined) last = vt.starts[i]! + (n as Text).data.length;
  }
  return last;
}
