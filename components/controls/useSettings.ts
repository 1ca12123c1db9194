import { useEffect, useState } from 'preact/hooks';
import { normalizeSettings, type ReaderSettings } from '../../lib/reader/settings';
import { readSettings, settingsItem } from './settings-item';

/**
 * The reader's settings, kept in step with storage, and a setter that shows a change at once:
 * until storage answered, a re-render for any other reason would put a controlled checkbox back
 * under the user's click, and a second change would build on the settings before the first.
 * A write that fails puts the stored settings back.
 */
export function useSettings(): [ReaderSettings | null, (next: ReaderSettings) => Promise<void>] {
  const [settings, setSettings] = useState<ReaderSettings | null>(null);
  useEffect(() => {
    void readSettings().then(setSettings);
    return settingsItem.watch((v) => setSettings(normalizeSettings(v)));
  }, []);
  const save = (next: ReaderSettings) => {
    setSettings(next);
    return settingsItem.setValue(next).catch(async (err: unknown) => {
      setSettings(await readSettings());
      throw err;
    });
  };
  return [settings, save];
}
