/**
 * W3C Web Annotation selectors for a passage of the block-joined page text (see
 * lib/detect/visible-text.ts for that coordinate system). A note stores both: the position is
 * fast and exact while the page is unchanged; the quote with its context survives edits.
 */

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export type TextSelector = TextQuoteSelector | TextPositionSelector;

export interface PassageSelectors {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/** Characters of context kept on each side of a quote. */
export const CONTEXT_LENGTH = 32;

export function describe(text: string, start: number, end: number): PassageSelectors {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(s, e),
      prefix: text.slice(Math.max(0, s - CONTEXT_LENGTH), s),
      suffix: text.slice(e, e + CONTEXT_LENGTH),
    },
    position: { type: 'TextPositionSelector', start: s, end: e },
  };
}
