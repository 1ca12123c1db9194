/** Reader controls, kept in extension storage and read by the content script at start. */
export interface ReaderSettings {
  paused: boolean;
  disabledHosts: string[];
  color: string;
  /**
   * Sites where the user's notes are painted on the page. Highlights live in the page's document,
   * where its scripts can read which ranges are marked: so notes are painted only where the user
   * asked, under one neutral name (NOTE_HIGHLIGHT), never their verdicts, ids or text.
   */
  notesHosts: string[];
}

/** The highlight name mentions are painted under, by the reader and by the gate's early paint. */
export const MENTION_HIGHLIGHT = 'mpp-mention';

/** The one highlight name notes are painted under: nothing in it says what the note is. */
export const NOTE_HIGHLIGHT = 'mpp-note';

export const SETTINGS_KEY = 'settings';
export const defaultSettings: ReaderSettings = {
  paused: false,
  disabledHosts: [],
  color: '#ffe066',
  notesHosts: [],
};

export function normalizeSettings(value: unknown): ReaderSettings {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Partial<ReaderSettings>;
  return {
    paused: typeof v.paused === 'boolean' ? v.paused : defaultSettings.paused,
    disabledHosts: Array.isArray(v.disabledHosts) ? v.disabledHosts.filter((h) => typeof h === 'string') : [],
    color: typeof v.color === 'string' && /^#[0-9a-f]{6}$/i.test(v.color) ? v.color : defaultSettings.color,
    // Settings of an older version carried showNotes (on everywhere): not carried over, since
    // painting is now asked for site by site.
    notesHosts: Array.isArray(v.notesHosts) ? v.notesHosts.filter((h) => typeof h === 'string') : [],
  };
}

export function paintsNotesOn(settings: ReaderSettings, host: string): boolean {
  return settings.notesHosts.includes(host);
}

export function isActiveOn(settings: ReaderSettings, host: string): boolean {
  return !settings.paused && !settings.disabledHosts.includes(host);
}

/** ::highlight() declarations for mentions, keyboard focus, the reveal flash and notes. */
export function highlightStyles(color: string): Record<string, string> {
  return {
    [MENTION_HIGHLIGHT]: `background-color: ${color}; color: inherit; text-decoration: underline dotted 1px;`,
    'mpp-focus': 'background-color: #3d2db5; color: #fff;',
    'mpp-flash': 'background-color: #ff8a00; color: #000;',
    // One style for every note: a verdict's colour would tell the page what the user concluded.
    [NOTE_HIGHLIGHT]: 'background-color: #8b7bd833; text-decoration: underline dashed 2px #5b4bc4;',
  };
}
