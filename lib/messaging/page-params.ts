/** The query parameters extension pages are opened with (sidepanel.html?tab=…, article.html?seed=…&quote=…). */

/** The tab a sidebar opened as a tab is pinned to. */
export function pinnedTabId(search: string): number | null {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  return Number(raw);
}

/** The seed and passage the article page shows. */
export function articleParams(search: string): { seed: string | null; quote: string | null } {
  const params = new URLSearchParams(search);
  const seed = params.get('seed')?.trim() || null;
  const quote = params.get('quote') || null;
  return { seed, quote };
}
