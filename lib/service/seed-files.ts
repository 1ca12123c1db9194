import type { TopicPack } from '../topic/schema';

/**
 * Seed texts ship as files beside the scripts (seeds/<name>); `fetchText` is the extension's own
 * URL fetcher, so this stays free of `browser.*`.
 */
export async function loadSeedFiles(
  pack: TopicPack,
  fetchText: (path: string) => Promise<string>,
): Promise<Record<string, string>> {
  const entries = await Promise.all(
    pack.sources.map(async (s) => [s.seed, await fetchText(`seeds/${s.seed}`)] as const),
  );
  return Object.fromEntries(entries);
}
