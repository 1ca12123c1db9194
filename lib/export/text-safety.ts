/**
 * Characters that change how text looks without being visible: bidi overrides can make a
 * quote read backwards, control characters can hide text or break a viewer. Human-readable
 * exports show them as ⟦U+202E⟧ so a reader sees something was there; data exports keep them.
 */
const HIDDEN_CHARACTERS =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function revealHiddenCharacters(text: string): string {
  return text.replace(
    HIDDEN_CHARACTERS,
    (ch) => `⟦U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟧`,
  );
}

export function normaliseNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}
