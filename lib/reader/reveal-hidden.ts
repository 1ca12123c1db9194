/**
 * Elements whose mentions were dropped as hidden (a "Read more" body, a tab, a mobile-only copy):
 * when one gets a box in view, as a class toggle shows it, its block is scanned again. Pages
 * toggle classes all the time, so watching class changes would be a firehose; an
 * IntersectionObserver costs nothing until a hidden element appears.
 */
export function watchForReveal(
  win: Window & typeof globalThis,
  opts: { isHidden?: (el: Element) => boolean; onShown(elements: Element[]): void },
) {
  let observer: IntersectionObserver | null = null;
  return {
    watch(elements: Element[]) {
      if (elements.length === 0 || typeof win.IntersectionObserver !== 'function') return;
      observer ??= new win.IntersectionObserver((entries) => {
        const shown: Element[] = [];
        for (const e of entries) {
          if (!e.isIntersecting || opts.isHidden?.(e.target)) continue;
          observer?.unobserve(e.target);
          shown.push(e.target);
        }
        if (shown.length) opts.onShown(shown);
      });
      for (const el of elements) observer.observe(el);
    },
    stop() {
      observer?.disconnect();
      observer = null;
    },
  };
}

/** Resolves after the browser has styled and painted a frame (then style reads are cheap). */
export function afterNextFrame(win: Window): Promise<void> {
  return new Promise((resolve) => {
    if (typeof win.requestAnimationFrame !== 'function') return resolve();
    win.requestAnimationFrame(() => setTimeout(resolve, 0));
  });
}
