/**
 * The content script's view of its page. A tab without a content script (browser pages, the
 * store, tabs opened before install) rejects tabs.sendMessage; that is a state to show, not an
 * error to throw.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PageState } from '../../lib/messaging/contract';
import { contentOf } from '../services/clients';

export type PageStatus = 'no-tab' | 'loading' | 'ready' | 'unavailable';

export interface PageStateResult {
  status: PageStatus;
  state: PageState | null;
}

// A page that has just finished loading may not have its content script listening yet.
const RETRY_MS = 800;

export function usePageState(tabId: number | null, revision: number): PageStateResult {
  const [result, setResult] = useState<PageStateResult>({
    status: tabId === null ? 'no-tab' : 'loading',
    state: null,
  });
  const shownTab = useRef<number | null>(null);

  useEffect(() => {
    if (tabId === null) {
      shownTab.current = null;
      setResult({ status: 'no-tab', state: null });
      return;
    }
    // Keep showing the same tab's last state while it refreshes; a different tab starts blank.
    if (shownTab.current !== tabId) {
      shownTab.current = tabId;
      setResult({ status: 'loading', state: null });
    }
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = (retriesLeft: number) => {
      contentOf(tabId)('page.state', {}).then(
        (state) => {
          if (!cancelled) setResult({ status: 'ready', state });
        },
        () => {
          if (cancelled) return;
          if (retriesLeft > 0) {
            timer = setTimeout(() => ask(retriesLeft - 1), RETRY_MS);
            return;
          }
          setResult({ status: 'unavailable', state: null });
        },
      );
    };
    ask(1);
    return () => {
      cancelled = true;
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [tabId, revision]);

  return result;
}
