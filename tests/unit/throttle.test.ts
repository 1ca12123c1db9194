import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { throttleTrailing } from '../../lib/reader/throttle';

describe('throttleTrailing (page change notices)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('tells the first change at once, folds a burst into one more, and never loses the last', () => {
    const fn = vi.fn();
    const notify = throttleTrailing(fn, 500);
    notify();
    expect(fn).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 100; i++) notify();
    expect(fn).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(499);
    expect(fn).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledTimes(2);
    // A page that changes forever: at most one notice per interval.
    for (let t = 0; t < 10_000; t += 10) {
      notify();
      vi.advanceTimersByTime(10);
    }
    expect(fn.mock.calls.length).toBeLessThanOrEqual(2 + 10_000 / 500 + 1);
    expect(fn.mock.calls.length).toBeGreaterThanOrEqual(10_000 / 500);
  });

  it('stops when cancelled', () => {
    const fn = vi.fn();
    const notify = throttleTrailing(fn, 500);
    notify();
    notify();
    notify.cancel();
    vi.advanceTimersByTime(1000);
    expect(fn).toHaveBeenCalledTimes(1);
  });
});
