/** Popover CSS, scoped by the shadow root so page styles neither leak in nor out. */
export const popoverCss = `
:host { all: initial; }
.pop {
  box-sizing: border-box; width: min(360px, calc(100vw - 16px)); max-height: min(70vh, 560px, var(--mpp-room, 100vh)); overflow: auto;
  font: 13px/1.35 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1b1f;
  background: #fff; border: 1px solid #c8c8d0; border-radius: 10px; box-shadow: 0 8px 28px rgba(0,0,0,.22);
  padding: 10px 12px;
}
.head { display: flow-root; }
.policy { margin: 0; }
.close { float: right; margin: -2px -4px 0 4px; border: 0; background: transparent; font-size: 20px; line-height: 1; cursor: pointer; color: #444; padding: 2px 6px; border-radius: 6px; }
h2 { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: #5a5a66; margin: 12px 0 6px; }
ul { list-style: none; margin: 0; padding: 0; }
.facts li { margin: 0 0 10px; }
.facts p { margin: 0; }
blockquote { margin: 4px 0; padding: 2px 0 2px 10px; border-left: 3px solid #8b7bd8; color: #33333d; font-style: italic; }
.cite { display: block; color: #5a5a66; font-size: 12px; }
.status { margin: 6px 0 0; }
.chips { margin: 4px 0 0; display: flex; flex-wrap: wrap; gap: 4px; }
.chip { font-size: 11px; line-height: 1.3; background: #fff; border: 1px solid #d5d8e2; border-radius: 4px; padding: 0 4px; }
.status-line { margin: 0 0 2px; }
.status .when, .status .since, .status .count { color: #4a4a55; }
.inline-link { border: 0; background: none; padding: 0; font: inherit; color: #3d2db5; text-decoration: underline; cursor: pointer; }
.records li { font-size: 12px; margin: 2px 0; }
.signal { margin: 6px 0 0; padding: 3px 8px; border-radius: 6px; font-size: 13px; }
.signal.warn { background: #fdecea; color: #7a1b12; }
.signal.info { background: #eef1f8; color: #27304a; }
.items { margin-top: 6px; }
.items > li { margin: 0 0 6px; }
.fact p { margin: 0; }
.fact blockquote { display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden; }
.relation { border: 1px solid #d5d8e2; background: #f7f8fb; border-radius: 8px; padding: 6px 8px; }
.relation.contradiction { border-color: #f0c36d; background: #fff9ec; }
.kind { margin: 0 0 4px; }
.kind-label { font-size: 11px; font-weight: 700; text-transform: uppercase; letter-spacing: .03em; color: #4a4a55; margin-right: 4px; }
.more { border: 1px solid #c8c8d0; background: transparent; color: inherit; border-radius: 6px; padding: 3px 10px; cursor: pointer; font: inherit; }
.side-by-side { display: flex; gap: 8px; flex-wrap: wrap; }
.figure { flex: 1 1 120px; display: flex; flex-direction: column; background: #fff; border: 1px solid #e3d3a8; border-radius: 6px; padding: 6px; }
.figure .value { font-size: 15px; font-weight: 700; }
.figure .unit, .figure .date, .figure .src { font-size: 12px; color: #4a4a55; }
.why { margin: 6px 0 0; font-size: 13px; }
.related li { margin-bottom: 8px; }
.related .title { display: block; font-weight: 600; }
.copy { display: block; font-size: 12px; color: #8a4b00; }
.foot { display: flex; justify-content: flex-end; align-items: center; gap: 8px; margin-top: 6px; }
.link { border: 0; background: #3d2db5; color: #fff; border-radius: 6px; padding: 4px 10px; cursor: pointer; font: inherit; }
.hint { font-size: 11px; color: #5a5a66; margin: 6px 0 0; }
button:focus-visible { outline: 3px solid #ffb000; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .pop { background: #1e1e24; color: #ececf1; border-color: #44444f; }
  blockquote { color: #d6d6e0; }
  .cite, h2, .hint, .figure .unit, .figure .date, .figure .src { color: #b4b4c0; }
  .relation { background: #24242b; border-color: #44444f; }
  .chip { background: #1e1e24; border-color: #44444f; }
  .relation.contradiction { background: #2d2718; border-color: #7a6330; }
  .status .when, .status .since, .status .count, .kind-label { color: #b4b4c0; }
  .signal.info { background: #232838; color: #d5dcf0; }
  .inline-link { color: #b8aefc; }
  .figure { background: #24242b; border-color: #6b5a2e; }
  .close { color: #ddd; }
  .copy { color: #f0b46a; }
  .signal.warn { background: #3b1e1b; color: #ffc9c2; }
}
`;
