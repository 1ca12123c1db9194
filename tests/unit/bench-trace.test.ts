import { describe, expect, it } from 'vitest';
import { extensionCost } from '../../scripts/bench/trace';

const EXT = { data: { url: 'chrome-extension://abc/gate.js' } };
const PAGE = { data: { frame: 'F1' } };
const ev = (name: string, ts: number, dur: number, args: object = {}, tid = 1) => ({
  name,
  ph: 'X',
  pid: 7,
  tid,
  ts: ts * 1000,
  dur: dur * 1000,
  tdur: dur * 1000,
  args,
});

/** The gate ran at 0 for 2 ms; a page's timer fires at 10 and runs `dur` ms. */
const gateThenTimer = (dur: number) => [
  ev('RunTask', 0, 2),
  ev('EvaluateScript', 0, 2, EXT),
  ev('RunTask', 10, dur),
  ev('TimerFire', 10, dur, PAGE),
];

describe('the bench counts what the extension makes the page pay', () => {
  it('counts work after an await: microtask checkpoints and module evaluation on its thread', () => {
    const events = [
      ev('RunTask', 0, 5),
      ev('EvaluateScript', 0, 4, EXT),
      ev('RunTask', 10, 30),
      ev('BlinkScheduler_PerformMicrotaskCheckpoint', 10, 30),
      ev('RunTask', 50, 3),
      ev('v8.evaluateModule', 50, 3),
    ];
    expect(extensionCost(events)).toEqual({ ms: 37, longest: 30 });
  });

  it('leaves out checkpoints before its first script, on other threads, or in the page’s own tasks', () => {
    const events = [
      ev('RunTask', 0, 2),
      ev('BlinkScheduler_PerformMicrotaskCheckpoint', 0, 2),
      ev('RunTask', 5, 4),
      ev('EvaluateScript', 5, 4, EXT),
      ev('RunTask', 20, 6),
      ev('FireAnimationFrame', 20, 1, PAGE),
      ev('BlinkScheduler_PerformMicrotaskCheckpoint', 22, 3),
      ev('BlinkScheduler_PerformMicrotaskCheckpoint', 30, 9, {}, 2),
    ];
    expect(extensionCost(events)).toEqual({ ms: 4, longest: 4 });
  });

  it('counts a timer that fires its callback whole, work after the callback’s await included', () => {
    const events = [
      ...gateThenTimer(40),
      ev('FunctionCall', 10, 1, EXT),
      ev('BlinkScheduler_PerformMicrotaskCheckpoint', 12, 37),
    ];
    expect(extensionCost(events)).toEqual({ ms: 42, longest: 40 });
  });

  it('charges only its own call inside the page’s timer (an observer called after the page’s callback)', () => {
    const events = [
      ...gateThenTimer(20),
      ev('FunctionCall', 10, 15, { data: { url: 'http://news.test/app.js' } }),
      ev('BlinkScheduler_PerformMicrotaskCheckpoint', 26, 3),
      ev('FunctionCall', 26, 3, EXT),
    ];
    expect(extensionCost(events)).toEqual({ ms: 5, longest: 3 });
  });

  it('costs nothing when no script of the extension ran', () => {
    expect(extensionCost([ev('BlinkScheduler_PerformMicrotaskCheckpoint', 0, 3)])).toEqual({
      ms: 0,
      longest: 0,
    });
  });
});
