/**
 * Runs `fn` at once, then at most once per `ms`: calls in between are folded into one run at the
 * end of the interval, so the last call is never lost.
 */
export function throttleTrailing(fn: () => void, ms: number): (() => void) & { cancel(): void } {
  let last = -Infinity;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    timer = undefined;
    last = Date.now();
    fn();
  };
  const call = () => {
    if (timer !== undefined) return;
    const wait = last + ms - Date.now();
    if (wait <= 0) run();
    else timer = setTimeout(run, wait);
  };
  return Object.assign(call, {
    cancel() {
      clearTimeout(timer);
      timer = undefined;
    },
  });
}
