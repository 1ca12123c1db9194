import { describe, expect, it } from 'vitest';
import {
  ANCHOR_BUDGET_MS,
  MAX_ANCHORED_NOTES,
  MAX_CONTEXT,
  anchorNotes,
} from '../../lib/anchor/anchor-notes';
import type { TextSelector } from '../../lib/anchor/selectors';

const quote = (exact: string, prefix = '', suffix = ''): TextSelector[] => [
  { type: 'TextQuoteSelector', exact, prefix, suffix },
];

describe('anchorNotes: bounded work on hostile pages and imported notes', () => {
  it('anchors as before on an ordinary page', () => {
    const r = anchorNotes('Under the policy known as Remain in Mexico, people waited.', [
      { id: 'a', verdict: 'accurate', selectors: quote('Remain in Mexico', 'known as ', ', people') },
      { id: 'b', verdict: null, selectors: quote('not on this page at all') },
      { id: 'c', verdict: null, selectors: [] },
    ]);
    expect(r.anchored).toEqual([{ id: 'a', verdict: 'accurate', start: 26, end: 42 }]);
    expect(r.orphans).toEqual(['b']);
    expect(r.deferred).toEqual([]);
  });

  it('stops at the time budget and defers the rest, losing none', () => {
    let t = 0;
    // A clock that moves 100 ms per look: the budget allows a handful of notes.
    const now = () => (t += 100);
    const notes = Array.from({ length: 20 }, (_, i) => ({
      id: `n${i}`,
      verdict: null,
      selectors: quote('x'),
    }));
    const r = anchorNotes('x'.repeat(100), notes, now);
    expect(r.anchored.length + r.orphans.length).toBeLessThanOrEqual(ANCHOR_BUDGET_MS / 100);
    expect(r.anchored.length + r.orphans.length + r.deferred.length).toBe(20);
  });

  it('caps the notes per page and the context each quote is judged by', () => {
    const notes = Array.from({ length: MAX_ANCHORED_NOTES + 5 }, (_, i) => ({
      id: `n${i}`,
      verdict: null,
      selectors: quote('Remain in Mexico', 'p'.repeat(1000), 's'.repeat(1000)),
    }));
    const text = `${'Remain in Mexico and '.repeat(20)}`;
    const r = anchorNotes(text, notes, () => 0);
    expect(r.deferred).toHaveLength(5);
    expect(r.anchored).toHaveLength(MAX_ANCHORED_NOTES);
    expect(MAX_CONTEXT).toBeLessThanOrEqual(64);
  });
});
