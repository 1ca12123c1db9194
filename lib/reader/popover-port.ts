/**
 * What the reader needs of a popover, as a port: the reader (lib/reader/session.ts) drives it,
 * components/popover/controller.tsx implements it with Preact and Floating UI. lib/ never imports
 * components/ (tests/unit/layers.test.ts).
 */
import type { Lang } from '../i18n/lang';
import type { MentionContext, PageContext } from '../messaging/contract';

/** What the popover shows for one mention: data only, worded by the view. */
export interface PopoverContent {
  lang: Lang;
  context: PageContext;
  mention: MentionContext;
  exact: string;
}

export interface PopoverController {
  show(anchor: Range, content: PopoverContent, opts?: { focus?: boolean }): Promise<void>;
  hide(): void;
  readonly open: boolean;
  /** True when the event target is the popover (so hovering it keeps it open: WCAG 1.4.13). */
  owns(target: EventTarget | null): boolean;
  destroy(): void;
}

export interface PopoverCallbacks {
  onClose(): void;
  onOpenSidebar(): void;
  onPointerEnter(): void;
  onPointerLeave(): void;
}

/** What popover-ui.js hands over: the controller the reader drives. */
export interface PopoverUiModule {
  createPopoverController: (doc: Document, cb: PopoverCallbacks) => PopoverController;
}
