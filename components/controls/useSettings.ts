import { useEffect, useState } from 'preact/hooks';
import { normalizeSettings, type ReaderSettings } from '../../lib/reader/settings';
import { readSettings, settingsItem } from './settings-item';

export function useSettings(): [ReaderSettings | null, (next: ReaderSettings) => Promise<void>] {
  const [settings, setSettings] = useState<ReaderSettings | null>(null);
  useEffect(() => {
    void readSettings().then(setSettings);
    return settingsItem.watch((v) => setSettings(normalizeSettings(v)));
  }, []);
  return [settings, (next) => settingsItem.setValue(next)];
}
