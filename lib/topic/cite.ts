import type { Figure, RecordSource } from './schema';

interface SourceName {
  outlet: string | null;
  title: string;
}

/** "000 · CBS News" for a seed. */
export function seedName(seed: string, sources: Record<string, SourceName> | undefined): string {
  const source = sources?.[seed];
  return source ? `${seed.slice(0, 3)} · ${source.outlet ?? source.title}` : seed;
}

/**
 * Where a figure comes from, as a reader is shown it: its seed ("000 · CBS News"), or the
 * publishers of the records it cites ("Congressional Research Service; WOLA").
 */
export function figureOrigin(
  figure: Figure,
  sources: Record<string, SourceName> | undefined,
  records: Record<string, RecordSource> | undefined,
): string {
  if (figure.seed) return seedName(figure.seed, sources);
  return (figure.records ?? []).map((id) => shortPublisher(records?.[id]?.publisher ?? id)).join('; ');
}

/** "Reuters (republished by WHBL)" -> "Reuters": the citation keeps the whole name. */
export function shortPublisher(publisher: string): string {
  return publisher.replace(/\s*\((?:via|republished by|text of)[^)]*\)\s*$/i, '');
}
