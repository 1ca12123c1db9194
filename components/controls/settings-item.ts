import { storage } from 'wxt/utils/storage';
import {
  SETTINGS_KEY,
  defaultSettings,
  normalizeSettings,
  type ReaderSettings,
} from '../../lib/reader/settings';

/** The reader controls in WXT storage (extension storage.local, key "settings"). */
export const settingsItem = storage.defineItem<ReaderSettings>(`local:${SETTINGS_KEY}`, {
  fallback: defaultSettings,
});

export async function readSettings(): Promise<ReaderSettings> {
  return normalizeSettings(await settingsItem.getValue());
}
