/** Debounced search over the topic pack, answered by this page's workbench over the Dexie index. */
import { useEffect, useState } from 'preact/hooks';
import type { SearchHit } from '../../lib/messaging/contract';
import { workbench } from '../services/workbench';

export const SEARCH_DEBOUNCE_MS = 150;
const LIMIT = 40;

export interface SearchResult {
  query: string;
  hits: SearchHit[];
  status: 'idle' | 'searching' | 'done' | 'error';
  error: string | null;
}

export function useSearch(): SearchResult & { setQuery(query: string): void } {
  const [query, setQuery] = useState('');
  const [result, setResult] = useState<Omit<SearchResult, 'query'>>({
    hits: [],
    status: 'idle',
    error: null,
  });

  useEffect(() => {
    const q = query.trim();
    if (!q) {
      setResult({ hits: [], status: 'idle', error: null });
      return;
    }
    let cancelled = false;
    setResult((r) => ({ ...r, status: 'searching', error: null }));
    const timer = setTimeout(() => {
      workbench('search.query', { query: q, limit: LIMIT }).then(
        (hits) => {
          if (!cancelled) setResult({ hits, status: 'done', error: null });
        },
        (err: unknown) => {
          if (!cancelled)
            setResult({ hits: [], status: 'error', error: err instanceof Error ? err.message : String(err) });
        },
      );
    }, SEARCH_DEBOUNCE_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [query]);

  return { query, ...result, setQuery };
}
