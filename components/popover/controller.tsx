import { render } from 'preact';
import {
  autoUpdate,
  computePosition,
  flip,
  hide,
  offset,
  shift,
  size,
  type VirtualElement,
} from '@floating-ui/dom';
import { Popover } from './Popover';
import { popoverStrings } from '../../lib/i18n/popover';
import type { PopoverCallbacks, PopoverContent, PopoverController } from '../../lib/reader/popover-port';
import { popoverCss } from './style';

export type { PopoverCallbacks, PopoverContent, PopoverController };

/**
 * Positions a shadow-root UI next to a mention (the adder/AdderToolbar split of hypothesis: this
 * controller owns the host and placement, Popover.tsx is a pure view). One host element, created
 * on first use and reused; it is the only node the extension ever adds to a page.
 * Not WXT's createShadowRootUi: that needs a ContentScriptContext, which the gate gave up with
 * WXT's content-script wrapper (entrypoints/gate/index.ts), and it would load the popover's CSS as
 * a separate file where this popover ships its CSS in its own lazily loaded script.
 */
export function createPopoverController(doc: Document, cb: PopoverCallbacks): PopoverController {
  const host = doc.createElement('mpp-context-popover');
  host.style.cssText = 'position:fixed;top:0;left:0;z-index:2147483647;display:none;';
  // Closed: a page can neither read what the popover says nor rewrite it (its curated facts, its
  // sources), and its "Open in sidebar" button is out of the page's reach.
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = popoverCss;
  const mount = doc.createElement('div');
  shadow.append(style, mount);
  host.addEventListener('pointerenter', () => cb.onPointerEnter());
  host.addEventListener('pointerleave', () => cb.onPointerLeave());
  host.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      cb.onClose();
    }
  });
  let open = false;
  /** Stops following the current mention (autoUpdate's cleanup). */
  let stopFollowing: (() => void) | null = null;
  const unfollow = () => {
    stopFollowing?.();
    stopFollowing = null;
  };
  /** The mention shown last: a placement computed for an earlier one is dropped. */
  let current: VirtualElement | null = null;

  /**
   * Places the host next to the mention; hidden while the mention is scrolled out of view (of the
   * window or of a scrolling box around it: the reference's context element gives those).
   */
  async function place(reference: VirtualElement) {
    const { x, y, middlewareData } = await computePosition(reference, host, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        offset(6),
        flip(),
        shift({ padding: 8 }),
        size({
          padding: 8,
          apply({ availableHeight }) {
            // The popover's own box scrolls; the room below or above the mention caps it.
            host.style.setProperty('--mpp-room', `${Math.max(160, availableHeight)}px`);
          },
        }),
        hide(),
      ],
    });
    if (!open || reference !== current) return;
    host.style.left = `${x}px`;
    host.style.top = `${y}px`;
    host.style.visibility = middlewareData.hide?.referenceHidden ? 'hidden' : 'visible';
  }

  return {
    get open() {
      return open;
    },
    owns(target) {
      // contains() stops at the shadow boundary: a node inside the popover has the shadow as its root.
      return (
        target === host ||
        (target instanceof Node && (target.getRootNode() === shadow || host.contains(target)))
      );
    },
    async show(anchor, content, opts) {
      if (!host.isConnected) doc.documentElement.append(host);
      render(
        <Popover
          {...content}
          t={popoverStrings[content.lang]}
          onClose={cb.onClose}
          onOpenSidebar={cb.onOpenSidebar}
        />,
        mount,
      );
      host.style.display = 'block';
      open = true;
      unfollow();
      // The mention moves when the page scrolls or reflows; the popover follows it.
      const reference: VirtualElement = {
        getBoundingClientRect: () => anchor.getBoundingClientRect(),
        getClientRects: () => anchor.getClientRects(),
        contextElement: anchor.startContainer.parentElement ?? undefined,
      };
      current = reference;
      await place(reference);
      // Hidden, or another mention shown, while this one was placed.
      if (!open || current !== reference) return;
      unfollow();
      stopFollowing = autoUpdate(reference, host, () => void place(reference), { animationFrame: false });
      if (opts?.focus) (shadow.querySelector('button') as HTMLElement | null)?.focus();
    },
    hide() {
      if (!open) return;
      open = false;
      current = null;
      unfollow();
      // Focus must not stay on a hidden button: keys would still go to the popover.
      (shadow.activeElement as HTMLElement | null)?.blur();
      host.style.display = 'none';
      render(null, mount);
    },
    destroy() {
      unfollow();
      render(null, mount);
      host.remove();
      open = false;
    },
  };
}
