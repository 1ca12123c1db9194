import { useEffect, useRef } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { intentKey, parseIntent, type SidebarIntent } from '../../lib/messaging/intents';

/**
 * Takes the intent the background left for this tab (note on the selection from the context
 * menu, a mention from the popover's link) once the page state is ready, now or when it arrives.
 */
export function useSidebarIntent(
  tabId: number | null,
  ready: boolean,
  act: (intent: SidebarIntent) => void,
): void {
  const actRef = useRef(act);
  actRef.current = act;
  useEffect(() => {
    const session = browser.storage.session;
    if (tabId === null || !ready || !session) return;
    const key = intentKey(tabId);
    const take = async () => {
      const stored = await session.get(key);
      const intent = parseIntent(stored[key]);
      if (!intent) return;
      await session.remove(key);
      actRef.current(intent);
    };
    void take();
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'session' && key in changes) void take();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [tabId, ready]);
}
