/**
 * The popover's state machine: which mention the pointer or the keyboard points at, the delays
 * before opening and closing, and the popover's code loaded on first use. What the user did
 * while data or code loaded decides whether the popover still opens.
 */
import type { BackgroundCalls } from '../messaging/contract';
import type { Client } from '../messaging/rpc';
import type { Lang } from '../i18n/lang';
import type { Highlighter } from './highlighter';
import type { PageMentions } from './page-mentions';
import { caretAt, rangeContainsPoint } from './hit-test';
import type { ContextCache } from './context-cache';
import type { PopoverController, PopoverContent, PopoverUiModule } from './popover-port';
import { isEditable, isTextEntry } from './text-entry';

export const OPEN_DELAY = 250;
export const CLOSE_DELAY = 350;
export const FOCUS = 'mpp-focus';

export interface InteractionDeps {
  doc: Document;
  mentions: Pick<PageMentions, 'items' | 'hits'>;
  highlighter: Pick<Highlighter, 'set' | 'clear'>;
  background: Client<BackgroundCalls>;
  context: ContextCache;
  loadPopover(): Promise<PopoverUiModule>;
  lang: Lang;
  signal: AbortSignal;
  scrollTo(range: Range): void;
}

export function createPopoverInteraction(deps: InteractionDeps) {
  const { doc, mentions, highlighter, context, signal } = deps;
  const win = doc.defaultView!;
  let popover: PopoverController | null = null;
  let loading: Promise<PopoverController> | null = null;
  let shown = -1;
  /** The mention the popover should show (under the pointer or chosen by keyboard); -1: none. */
  let wanted = -1;
  let focused = -1;
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let overPopover = false;

  function ensurePopover(): Promise<PopoverController> {
    if (popover) return Promise.resolve(popover);
    loading ??= deps.loadPopover().then((mod) => {
      popover = mod.createPopoverController(doc, {
        onClose: () => close(),
        onOpenSidebar: () => void deps.background('ui.openSidebar', { mentionIndex: shown }),
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
    loading.catch(() => (loading = null));
    return loading;
  }

  async function open(index: number, focus = false): Promise<void> {
    const m = mentions.items[index];
    if (!m) return;
    await context.ensure();
    const mctx = context.forMention(index);
    const page = context.current;
    if (!page || !mctx) return;
    const ui = await ensurePopover();
    if (signal.aborted || wanted !== index || !mentions.items.includes(m)) return;
    shown = index;
    const content: PopoverContent = {
      lang: deps.lang,
      context: page,
      mention: mctx,
      exact: m.range.toString(),
    };
    await ui.show(m.range, content, { focus });
  }

  function close() {
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
    popover?.hide();
    shown = -1;
    wanted = -1;
    overPopover = false;
    // Keyboard focus ends with the popover, so Enter elsewhere on the page is the page's again.
    if (focused >= 0) highlighter.clear(FOCUS);
    focused = -1;
  }

  function scheduleClose() {
    clearTimeout(closeTimer);
    closeTimer = setTimeout(() => {
      if (!overPopover) close();
    }, CLOSE_DELAY);
  }

  /** The pointer is over mention `index`, or over none (-1). */
  function hover(index: number) {
    if (index >= 0) {
      clearTimeout(closeTimer);
      clearTimeout(openTimer);
      wanted = index;
      // Back on the shown mention before another one's delay ran out: it stays.
      if (index === shown) return;
      // The context is fetched during the hover delay, so the popover opens on time.
      void context.ensure();
      openTimer = setTimeout(() => void open(index), OPEN_DELAY);
      return;
    }
    clearTimeout(openTimer);
    // A popover opened by keyboard is not the pointer's to cancel while it loads.
    if (!overPopover && focused < 0) wanted = shown;
    if (shown >= 0 && !overPopover) scheduleClose();
  }

  // At most one hit-test per frame, whatever the pointer event rate.
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
    hover(index);
  }
  const onPointerMove = (e: PointerEvent) => {
    // Hit-testing forces layout: a page without mentions should not pay for it.
    if (mentions.items.length === 0 && shown < 0) return;
    if (popover?.owns(e.target)) return;
    pending = { x: e.clientX, y: e.clientY };
    if (!frame) frame = win.requestAnimationFrame(hitTest);
  };

  function focusMention(index: number) {
    const m = mentions.items[index];
    if (!m) return;
    close();
    focused = index;
    highlighter.set(FOCUS, [m.range]);
    deps.scrollTo(m.range);
    wanted = index;
    void open(index);
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
      focusMention(focused < 0 ? (step > 0 ? 0 : n - 1) : (focused + step + n) % n);
      return;
    }
    if (e.key === 'Escape' && (focused >= 0 || shown >= 0)) {
      // This Escape closed what the extension showed; the page's own dialogs stay as they are.
      if (shown >= 0) e.stopPropagation();
      close();
      return;
    }
    // Keys inside the popover are its own (Enter on its buttons).
    if (focused < 0 || popover?.owns(target)) return;
    if (e.key === 'Enter' && !isEditable(e.target)) {
      e.preventDefault();
      wanted = focused;
      void open(focused, true);
    }
  };

  doc.addEventListener('pointermove', onPointerMove, { passive: true, capture: true, signal });
  win.addEventListener('keydown', onKeyDown, { capture: true, signal });

  return {
    hover,
    close,
    owns: (node: Node) => popover?.owns(node) ?? false,
    destroy() {
      if (frame) win.cancelAnimationFrame(frame);
      close();
      popover?.destroy();
      popover = null;
      highlighter.clear(FOCUS);
    },
  };
}
