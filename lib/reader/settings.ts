/** Reader controls, kept in extension storage and read by the content script at start. */
export interface ReaderSettings {
  paused: boolean;
  disabledHosts: string[];
  color: string;
  /**
   * Paint the user's notes in their verdict colours on pages. Highlights live in the page's
   * document, where its scripts can read which passages are marked: a user may prefer not to.
   */
  showNotes: boolean;
}

export const SETTINGS_KEY = 'settings';
export const defaultSettings: ReaderSettings = {
  paused: false,
  disabledHosts: [],
  color: '#ffe066',
  showNotes: true,
};

export function normalizeSettings(value: unknown): ReaderSettings {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Partial<ReaderSettings>;
  return {
    paused: typeof v.paused === 'boolean' ? v.paused : defaultSettings.paused,
    disabledHosts: Array.isArray(v.disabledHosts) ? v.disabledHosts.filter((h) => typeof h === 'string') : [],
    color: typeof v.color === 'string' && /^#[0-9a-f]{6}$/i.test(v.color) ? v.color : defaultSettings.color,
    showNotes: typeof v.showNotes === 'boolean' ? v.showNotes : defaultSettings.showNotes,
  };
}

export function isActiveOn(settings: ReaderSettings, host: string): boolean {
  return !settings.paused && !settings.disabledHosts.includes(host);
}

/** ::highlight() declarations for mentions, keyboard focus, the reveal flash and note verdicts. */
export function highlightStyles(
  color: string,
  verdictColors: Record<string, string>,
): Record<string, string> {
  const styles: Record<string, string> = {
    'mpp-mention': `background-color: ${color}; color: inherit; text-decoration: underline dotted 1px;`,
    'mpp-focus': 'background-color: #3d2db5; color: #fff;',
    'mpp-flash': 'background-color: #ff8a00; color: #000;',
  };
  for (const [verdict, c] of Object.entries(verdictColors)) {
    styles[`mpp-note-${verdict}`] = `background-color: ${c}55; text-decoration: underline solid 2px ${c};`;
  }
  return styles;
}
