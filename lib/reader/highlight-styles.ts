/**
 * The reader's highlight styles in one place: the reader paints with them, and the build writes
 * the default ones into the stylesheet the manifest injects into every page (wxt.config.ts), so
 * that painting with them restyles nothing.
 */
import { defaultSettings, highlightStyles } from './settings';
import { highlightSheet, type HighlightStyle } from './highlighter';

export function readerHighlightStyles(color: string): HighlightStyle {
  return highlightStyles(color);
}

/** The styles with the default colour: those of the injected stylesheet. */
export const defaultHighlightStyles = (): HighlightStyle => readerHighlightStyles(defaultSettings.color);

/** The injected stylesheet's text (Chromium: rules on :root, inherited by every element). */
export function injectedHighlightCss(): string {
  return `/* MPP Context: highlight styles, used only where the extension registers highlights. */\n${highlightSheet(defaultHighlightStyles(), ':root')}\n`;
}
