/**
 * The note form's state and its translation into a Note. Kept free of browser APIs so the
 * mapping from a mention, a selection or a fact to W3C selectors is unit-tested.
 */
import {
  applyNotePatch,
  createNote,
  MAX_QUOTE_CONTEXT,
  quoteSelectorOf,
  type Note,
  type NoteTarget,
} from './model';
import { isVerdict, type Verdict } from './verdicts';
import type { SelectionView } from '../messaging/contract';

export interface NoteFormValue {
  /** The note being edited; null for a new note. */
  editing: Note | null;
  target: NoteTarget;
  verdict: Verdict | '';
  text: string;
  /** As typed: comma separated. */
  tags: string;
  linkedFacts: string[];
}

/** A mention or a selection: both carry quote and position selectors. */
export type Passage = Pick<SelectionView, 'exact' | 'prefix' | 'suffix' | 'start' | 'end'>;

/** Prefix and suffix are context for re-anchoring; the model caps them, so keep the nearest characters. */
export function passageTarget(pageUrl: string, passage: Passage): NoteTarget {
  return {
    source: pageUrl,
    selectors: [
      {
        type: 'TextQuoteSelector',
        exact: passage.exact,
        prefix: passage.prefix.slice(-MAX_QUOTE_CONTEXT),
        suffix: passage.suffix.slice(0, MAX_QUOTE_CONTEXT),
      },
      { type: 'TextPositionSelector', start: passage.start, end: passage.end },
    ],
  };
}

export function factTarget(factId: string): NoteTarget {
  return { factId };
}

export function newForm(target: NoteTarget, linkedFacts: string[] = []): NoteFormValue {
  return { editing: null, target, verdict: '', text: '', tags: '', linkedFacts };
}

export function editForm(note: Note): NoteFormValue {
  return {
    editing: note,
    target: note.target,
    verdict: note.verdict ?? '',
    text: note.text,
    tags: note.tags.join(', '),
    linkedFacts: [...note.linkedFacts],
  };
}

export function parseTags(raw: string): string[] {
  return raw
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t !== '');
}

/** The passage a note is on, for display: its quote, or null for a note on a fact only. */
export function noteQuote(target: NoteTarget): string | null {
  return quoteSelectorOf({ target })?.exact ?? null;
}

/**
 * The note to save: a new one (id from crypto.randomUUID, created = updated = now) or the edited
 * one with `updated` moved. Throws the model's InvalidNoteError when the form cannot make a valid note.
 */
export function formToNote(
  form: NoteFormValue,
  page: { url: string; title: string },
  now = new Date(),
): Note {
  const verdict = isVerdict(form.verdict) ? form.verdict : null;
  const tags = parseTags(form.tags);
  if (form.editing) {
    return {
      ...applyNotePatch(form.editing, { verdict, text: form.text, tags, linkedFacts: form.linkedFacts }),
      updated: now.toISOString(),
    };
  }
  return createNote(
    {
      pageUrl: page.url,
      pageTitle: page.title,
      target: form.target,
      verdict,
      text: form.text,
      tags,
      linkedFacts: form.linkedFacts,
    },
    { now },
  );
}
