/**
 * The pivot regex source (lib/detect/pivot.ts, built at build time) for the content script's
 * gate, as a script of its own: it is 20 KB of pattern that a page without an alias's anchor
 * (most pages) should not even parse. The gate loads it only where an anchor appears.
 */
export default defineUnlistedScript(() => {
  (globalThis as { __mppPivot?: unknown }).__mppPivot = { source: __MPP_PIVOT_SOURCE__ };
});
