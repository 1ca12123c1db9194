import type { Note, TextPositionSelector, TextQuoteSelector } from './model';

export function quoteSelectorOf(note: Pick<Note, 'target'>): TextQuoteSelector | undefined {
  return note.target.selectors?.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
}

export function positionSelectorOf(note: Pick<Note, 'target'>): TextPositionSelector | undefined {
  return note.target.selectors?.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
}
