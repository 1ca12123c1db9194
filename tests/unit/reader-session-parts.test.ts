/**
 * The reader session's parts, each alone (lib/reader: popover-interaction, context-cache,
 * note-painter, page-offsets), in a happy-dom document with fake timers, a fake background and a
 * fake popover.
 */
import { Window } from 'happy-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BackgroundCalls, MentionContext, PageContext } from '../../lib/messaging/contract';
import type { Client } from '../../lib/messaging/rpc';
import { createContextCache, emptyMentionContext } from '../../lib/reader/context-cache';
import { createNotePainter } from '../../lib/reader/note-painter';
import { mentionViews, selectionIn } from '../../lib/reader/page-offsets';
import { CLOSE_DELAY, OPEN_DELAY, createPopoverInteraction } from '../../lib/reader/popover-interaction';
import { visibleText } from '../../lib/detect/visible-text';
import { NOTE_HIGHLIGHT } from '../../lib/reader/settings';

const PAGE = `<p id="a">Officials said the Remain in Mexico program would restart.</p>
<p id="b">Critics of the Migrant Protection Protocols disagreed.</p>`;

function page() {
  const window = new Window({ url: 'https://news.example/a' });
  const document = window.document as unknown as Document;
  document.body.innerHTML = PAGE;
  const rangeOf = (id: string, phrase: string) => {
    const t = document.getElementById(id)!.firstChild as Text;
    const r = document.createRange();
    const at = t.data.indexOf(phrase);
    r.setStart(t, at);
    r.setEnd(t, at + phrase.length);
    return r;
  };
  const items = [
    { range: rangeOf('a', 'Remain in Mexico'), topic: 'mpp' },
    { range: rangeOf('b', 'Migrant Protection Protocols'), topic: 'mpp' },
  ];
  return { window, document, items };
}

const mctx = (n: number): MentionContext => ({ ...emptyMentionContext, facts: [{ id: `f${n}` }] as never });
const pageContext = (mentions: MentionContext[]): PageContext =>
  ({ pageDate: null, mentions, identity: null }) as unknown as PageContext;

/** A background that answers page.prefetch with one context per passage, counting the calls. */
function fakeBackground() {
  const calls: string[] = [];
  let release: (() => void) | null = null;
  const client = (async (type: string, payload: { passages?: string[] }) => {
    calls.push(type);
    if (type === 'page.prefetch') {
      await new Promise<void>((r) => (release = r));
      return pageContext(payload.passages!.map((_, i) => mctx(i)));
    }
    if (type === 'notes.count') return { count: 1 };
    if (type === 'notes.anchor')
      return {
        anchored: [
          { id: 'n1', verdict: null, start: 19, end: 35 },
          { id: 'n2', verdict: null, start: 10_000, end: 10_010 },
        ],
        orphans: ['n3'],
      };
    return { opened: true };
  }) as unknown as Client<BackgroundCalls>;
  return { client, calls, answer: () => release?.() };
}

describe('context cache', () => {
  it('fetches once for concurrent asks, maps each mention to its passage, and drops a stale answer', async () => {
    const { document, items } = page();
    const bg = fakeBackground();
    let generation = 1;
    const notify = vi.fn();
    const cache = createContextCache({
      doc: document,
      mentions: { items },
      background: bg.client,
      signal: new AbortController().signal,
      generation: () => generation,
      notifyChanged: notify,
    });
    cache.schedule(); // nothing fetched yet: nothing to refresh
    const a = cache.ensure();
    const b = cache.ensure();
    await vi.waitFor(() => expect(bg.calls).toEqual(['page.prefetch']));
    bg.answer();
    await Promise.all([a, b]);
    expect(bg.calls).toEqual(['page.prefetch']);
    expect(cache.forMention(1)).toEqual(mctx(1));
    expect(notify).toHaveBeenCalledTimes(1);
    // A new scan: the old context no longer applies, and an answer begun before it is dropped.
    cache.reset();
    const c = cache.ensure();
    await vi.waitFor(() => expect(bg.calls).toHaveLength(2));
    generation++;
    bg.answer();
    await c;
    expect(cache.current).toBeNull();
  });
});

describe('note painter', () => {
  it('paints anchored notes under one neutral name where notes are shown, and names the rest orphans', async () => {
    const { document } = page();
    const bg = fakeBackground();
    const set = vi.fn();
    let show = true;
    const notes = createNotePainter({
      doc: document,
      background: bg.client,
      highlighter: { set },
      showNotes: () => show,
      text: () => visibleText(document),
      isStale: () => false,
    });
    expect(await notes.refresh()).toEqual({ anchored: 1, orphans: ['n3', 'n2'] });
    expect(set).toHaveBeenLastCalledWith(NOTE_HIGHLIGHT, [expect.anything()]);
    expect(notes.rangeOf('n1')!.toString()).toBe('Remain in Mexico');
    show = false;
    await notes.refresh();
    expect(set).toHaveBeenLastCalledWith(NOTE_HIGHLIGHT, []);
  });
});

describe('page offsets', () => {
  it('gives each mention its passage and sentence, and a selection its place in the visible text', () => {
    const { document, items } = page();
    const vt = visibleText(document);
    const views = mentionViews(vt, items);
    expect(views.map((v) => [v.index, v.exact, v.start])).toEqual([
      [0, 'Remain in Mexico', 19],
      [1, 'Migrant Protection Protocols', vt.text.indexOf('Migrant')],
    ]);
    expect(views[1]!.sentence).toBe('Critics of the Migrant Protection Protocols disagreed.');
    // A triple-click selection sits on the element, not on its text node.
    const r = document.createRange();
    r.setStart(document.getElementById('b')!, 0);
    r.setEnd(document.getElementById('b')!, 1);
    expect(selectionIn(vt, r)?.exact).toBe('Critics of the Migrant Protection Protocols disagreed.');
  });
});

describe('popover interaction', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function setup() {
    const { document, items } = page();
    const shown: string[] = [];
    const hide = vi.fn();
    const controller = {
      show: vi.fn(async (range: Range) => void shown.push(range.toString())),
      hide,
      owns: () => false,
      destroy: vi.fn(),
    };
    const context = {
      current: pageContext([mctx(0), mctx(1)]),
      ensure: vi.fn(async () => {}),
      forMention: (i: number) => mctx(i),
    };
    const ui = createPopoverInteraction({
      doc: document,
      mentions: { items, hits: { at: () => -1 } } as never,
      highlighter: { set: vi.fn(), clear: vi.fn() },
      background: fakeBackground().client,
      context: context as never,
      loadPopover: async () => ({ createPopoverController: () => controller as never }),
      lang: 'en',
      signal: new AbortController().signal,
      scrollTo: () => {},
    });
    return { document, ui, shown, hide, context };
  }

  it('opens after the hover delay, fetching the context during it', async () => {
    const { ui, shown, context } = setup();
    ui.hover(0);
    expect(context.ensure).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(OPEN_DELAY - 1);
    expect(shown).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(shown).toEqual(['Remain in Mexico']);
  });

  it('does not open a mention the pointer left before its delay ran out, and closes after leaving', async () => {
    const { ui, shown, hide } = setup();
    ui.hover(0);
    await vi.advanceTimersByTimeAsync(OPEN_DELAY / 2);
    ui.hover(1);
    await vi.advanceTimersByTimeAsync(OPEN_DELAY);
    expect(shown).toEqual(['Migrant Protection Protocols']);
    ui.hover(-1);
    await vi.advanceTimersByTimeAsync(CLOSE_DELAY - 1);
    expect(hide).not.toHaveBeenCalled();
    // Back on it in time: it stays.
    ui.hover(1);
    await vi.advanceTimersByTimeAsync(CLOSE_DELAY * 2);
    expect(hide).not.toHaveBeenCalled();
    ui.hover(-1);
    await vi.advanceTimersByTimeAsync(CLOSE_DELAY);
    expect(hide).toHaveBeenCalled();
  });

  it('takes no shortcut from a page’s synthetic key events, and the user’s own opens the first mention', async () => {
    const { document, shown } = setup();
    const press = (trusted: boolean) => {
      const key = new (document.defaultView as unknown as typeof globalThis).KeyboardEvent('keydown', {
        key: 'N',
        code: 'KeyN',
        altKey: true,
        shiftKey: true,
        bubbles: true,
      });
      // happy-dom leaves isTrusted unset; a browser sets it false on a page's dispatchEvent.
      Object.defineProperty(key, 'isTrusted', { value: trusted });
      document.body.dispatchEvent(key);
    };
    press(false);
    await vi.advanceTimersByTimeAsync(OPEN_DELAY * 2);
    expect(shown).toEqual([]);
    press(true);
    await vi.advanceTimersByTimeAsync(OPEN_DELAY * 2);
    expect(shown).toEqual(['Remain in Mexico']);
  });
});
