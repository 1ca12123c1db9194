/**
 * What the sidebar should do when it opens: the background records an intent per tab (from the
 * context menu or the popover's link) in session storage, and the sidebar takes it once.
 */
export type SidebarIntent = { kind: 'note-on-selection' } | { kind: 'mention'; index: number };

export const intentKey = (tabId: number) => `sidebarIntent:${tabId}`;

export function parseIntent(value: unknown): SidebarIntent | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as { kind?: unknown; index?: unknown };
  if (v.kind === 'note-on-selection') return { kind: 'note-on-selection' };
  if (v.kind === 'mention' && Number.isInteger(v.index) && (v.index as number) >= 0) {
    return { kind: 'mention', index: v.index as number };
  }
  return null;
}
