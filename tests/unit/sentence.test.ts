import { describe, expect, it } from 'vitest';
import { sentenceAround } from '../../lib/reader/sentence';

describe('sentenceAround', () => {
  const text =
    'First para ends here.\nUnder the policy known as “Remain in Mexico,” migrants wait. Another sentence follows! Last one.';
  it('returns the sentence holding the span, stopping at the block break and the full stop', () => {
    const start = text.indexOf('Remain');
    expect(sentenceAround(text, start, start + 16)).toBe(
      'Under the policy known as “Remain in Mexico,” migrants wait.',
    );
  });
  it('keeps a closing quote after the final punctuation', () => {
    const t = 'He said “MPP ends now.” Then left.';
    expect(sentenceAround(t, 9, 12)).toBe('He said “MPP ends now.”');
  });
  it('does not run past the text', () => {
    const t = 'no punctuation MPP here';
    expect(sentenceAround(t, 15, 18)).toBe(t);
  });
});

describe('sentenceAround and abbreviations', () => {
  it('does not end a sentence at U.S. or Mr.', () => {
    const t = 'Intro. Officials of the U.S. Department said MPP would grow, Mr. Smith added. Next one.';
    const start = t.indexOf('MPP');
    expect(sentenceAround(t, start, start + 3)).toBe(
      'Officials of the U.S. Department said MPP would grow, Mr. Smith added.',
    );
  });
});
