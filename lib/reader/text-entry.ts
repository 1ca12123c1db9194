/** Where keys belong to the page: its controls and text fields, not the reader's shortcuts. */

/** A control that takes Enter itself (a field, a button, a link) or an editable region. */
export function isEditable(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT|BUTTON|A)$/.test(el.tagName));
}

/** Where a key press types text: a text field, a text area, an editable region. */
export function isTextEntry(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || typeof el.tagName !== 'string') return false;
  if (el.isContentEditable || el.tagName === 'TEXTAREA') return true;
  if (el.tagName !== 'INPUT') return false;
  return !/^(button|checkbox|color|file|hidden|image|radio|range|reset|submit)$/i.test(
    (el as HTMLInputElement).type,
  );
}
