/**
 * Text for a polite live region. Saying the same thing twice (two deletes in a row) must still
 * be heard, so the message is cleared first and set on the next tick.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

export function useAnnouncer(): [string, (message: string) => void] {
  const [message, setMessage] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const announce = useCallback((next: string) => {
    setMessage('');
    if (timer.current !== undefined) clearTimeout(timer.current);
    timer.current = setTimeout(() => setMessage(next), 50);
  }, []);
  useEffect(() => () => clearTimeout(timer.current), []);
  return [message, announce];
}
