/** The article page's seed article, named by ?seed= in its address, from the pack in the Dexie index. */
import { useEffect, useState } from 'preact/hooks';
import type { WorkbenchCalls } from '../../lib/messaging/contract';
import { workbench } from '../services/workbench';

export type SeedData = NonNullable<WorkbenchCalls['pack.seed']['response']>;

export type SeedState =
  | { status: 'no-seed' }
  | { status: 'loading'; seed: string }
  | { status: 'not-found'; seed: string }
  | { status: 'error'; seed: string; error: string }
  | { status: 'ready'; seed: string; data: SeedData };

export function useSeed(seed: string | null): SeedState {
  const [state, setState] = useState<SeedState>(seed ? { status: 'loading', seed } : { status: 'no-seed' });
  useEffect(() => {
    if (!seed) {
      setState({ status: 'no-seed' });
      return;
    }
    let cancelled = false;
    setState({ status: 'loading', seed });
    workbench('pack.seed', { seed }).then(
      (data) => {
        if (!cancelled) setState(data ? { status: 'ready', seed, data } : { status: 'not-found', seed });
      },
      (err: unknown) => {
        if (!cancelled)
          setState({ status: 'error', seed, error: err instanceof Error ? err.message : String(err) });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [seed]);
  return state;
}
