/**
 * Text for a polite live region. Screen readers announce a change of content, so saying the same
 * thing twice (two deletes in a row) alternates a trailing no-break space to make it a change.
 * The message clears itself after a while so a stale one does not sit over the panel; a removal
 * is not announced.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

const SHOW_MS = 10_000;

export function useAnnouncer(): [string, (message: string) => void] {
  const [message, setMessage] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const announce = useCallback((next: string) => {
    setMessage((prev) => (prev === next ? `${next}\u00a0` : next));
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setMessage(''), SHOW_MS);
  }, []);
  useEffect(() => () => clearTimeout(timer.current), []);
  return [message, announce];
}
