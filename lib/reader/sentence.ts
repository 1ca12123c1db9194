/**
 * The sentence around [start, end) of a block-joined text: bounded by the block's line breaks
 * and by sentence punctuation followed by a space. Used for the sidebar's mention list and as
 * the passage that ranks facts for a popover.
 */
const MAX = 400;
/** A full stop after these is an abbreviation ("U.S. officials", "Mr. López"), not a sentence end. */
const ABBREVIATION =
  /(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|Sr|Sra|Jr|Gen|Gov|Sen|Rep|Lt|Col|No|vs|etc|approx|Dept|Inc|Corp|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec))$/;

function endsSentence(text: string, dot: number): boolean {
  if (text[dot] !== '.') return true;
  return !ABBREVIATION.test(text.slice(Math.max(0, dot - 8), dot));
}

export function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && start - from < MAX) {
    const c = text[from - 1]!;
    if (c === '\n') break;
    if (/\s/.test(c)) {
      const before = text.slice(Math.max(0, from - 3), from - 1);
      const m = /[.!?]["”’)]?$/.exec(before);
      if (m && endsSentence(text, from - 1 - before.length + m.index)) break;
    }
    from--;
  }
  let to = end;
  while (to < text.length && to - end < MAX) {
    const c = text[to]!;
    if (c === '\n') break;
    to++;
    if (/[.!?]/.test(c) && endsSentence(text, to - 1)) {
      // a closing quote after the full stop belongs to the sentence
      let q = to;
      while (q < text.length && /["”’)]/.test(text[q]!)) q++;
      if (q >= text.length || /\s/.test(text[q]!)) {
        to = q;
        break;
      }
    }
  }
  return text.slice(from, to).replace(/\s+/g, ' ').trim();
}
