/**
 * The page's context (page.prefetch: page date, identity, figures and facts for each mention's
 * sentence), fetched when first needed and kept per passage, so a hover finds its mention's
 * context without walking the page again.
 */
import type { BackgroundCalls, MentionContext, MentionView, PageContext } from '../messaging/contract';
import type { Client } from '../messaging/rpc';
import { visibleText } from '../detect/visible-text';
import { collectDateCandidates } from '../page/date-candidates';
import { yieldToBrowser } from './page-mentions';
import { sentenceOfRange, type BlockTexts } from './sentence';

/** Copy detection reads this much of the page: a copied article sits well within it. */
const MAX_PREFETCH_TEXT = 40_000;
/** After added content, a refresh waits for the page to settle. */
const REFRESH_DELAY = 400;

export interface ContextCacheDeps {
  doc: Document;
  mentions: { readonly items: ReadonlyArray<{ range: Range }> };
  background: Client<BackgroundCalls>;
  signal: AbortSignal;
  /** The session's scan generation: a fetch begun under an older one drops its answer. */
  generation(): number;
  notifyChanged(): void;
}

export const emptyMentionContext: MentionContext = {
  facts: [],
  sources: [],
  conflicts: [],
  figureChecks: [],
  ranked: [],
};

export function createContextCache(deps: ContextCacheDeps) {
  const { doc, mentions, background, signal } = deps;
  let context: PageContext | null = null;
  let byPassage = new Map<string, MentionContext>();
  /** The passage each mention was fetched with. */
  let passageOf = new WeakMap<Range, string>();
  /** The fetch in flight: a hover, a keyboard focus and the sidebar may all ask at once. */
  let fetching: Promise<void> | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function fetchContext(): Promise<void> {
    if (mentions.items.length === 0 || signal.aborted) return;
    const gen = deps.generation();
    const stale = () => signal.aborted || gen !== deps.generation();
    // Each mention's sentence from its own block, and a capped text for copy detection: a page
    // of a megabyte is not walked whole for either.
    const blocks: BlockTexts = new Map();
    const items = [...mentions.items];
    const passages = items.map((m) => sentenceOfRange(m.range, blocks));
    const vt = visibleText(doc, { maxChars: MAX_PREFETCH_TEXT });
    // The page walk above and the date read and message below each take milliseconds on a
    // large page: not in one task.
    await yieldToBrowser();
    if (stale()) return;
    try {
      const ctx = await background('page.prefetch', {
        url: doc.location.href,
        title: doc.title,
        dateCandidates: collectDateCandidates(doc),
        passages,
        text: vt.text.slice(0, MAX_PREFETCH_TEXT),
      });
      if (stale()) return;
      context = ctx;
      byPassage = new Map(passages.map((p, i) => [p, ctx.mentions[i]!]));
      passageOf = new WeakMap(items.map((m, i) => [m.range, passages[i]!]));
      deps.notifyChanged();
    } catch (err) {
      // Without context the highlights still stand; the popover says nothing it cannot back.
      console.warn('[MPP Context] prefetch failed:', err);
    }
  }

  const cache = {
    get current(): PageContext | null {
      return context;
    },
    /**
     * Fetched when first needed (a hover begins, a mention gets keyboard focus, the sidebar
     * asks), not at load: a page whose mentions nobody points at pays for none of it.
     */
    ensure(): Promise<void> {
      if (context) return Promise.resolve();
      fetching ??= fetchContext().finally(() => {
        fetching = null;
      });
      return fetching;
    },
    /** Content added or changed: refreshed if a context was fetched (else it waits to be asked). */
    schedule(): void {
      if (!context) return;
      clearTimeout(timer);
      timer = setTimeout(() => void fetchContext(), REFRESH_DELAY);
    },
    /** This mention's context; null (and a refresh) for one that arrived since the fetch. */
    forMention(index: number): MentionContext | null {
      const m = mentions.items[index];
      if (!context || !m) return null;
      const passage = passageOf.get(m.range);
      const found = passage === undefined ? undefined : byPassage.get(passage);
      if (!found) cache.schedule();
      return found ?? null;
    },
    /** The context fetched for the mentions of its time, realigned with today's list. */
    alignedWith(views: readonly MentionView[]): PageContext | null {
      return (
        context && {
          ...context,
          mentions: views.map((v) => byPassage.get(v.sentence) ?? emptyMentionContext),
        }
      );
    },
    /** A new scan: what was fetched for the old list no longer applies. */
    reset(): void {
      context = null;
      byPassage = new Map();
      passageOf = new WeakMap();
    },
    stop(): void {
      clearTimeout(timer);
    },
  };
  return cache;
}

export type ContextCache = ReturnType<typeof createContextCache>;
