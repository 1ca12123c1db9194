// @vitest-environment happy-dom
/**
 * The controls' settings hook (components/controls/useSettings.ts): a change shows at once, before
 * storage answers, and a write that fails puts the stored settings back.
 */
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useSettings } from '../../components/controls/useSettings';
import { settingsItem } from '../../components/controls/settings-item';
import type { ReaderSettings } from '../../lib/reader/settings';

interface Seen {
  settings: ReaderSettings | null;
  save: (next: ReaderSettings) => Promise<void>;
}

function Probe({ seen }: { seen: Partial<Seen> }) {
  const [settings, save] = useSettings();
  seen.settings = settings;
  seen.save = save;
  return null;
}

async function mount(): Promise<Partial<Seen>> {
  const seen: Partial<Seen> = {};
  await act(async () => render(h(Probe, { seen }), document.createElement('div')));
  await vi.waitFor(() => expect(seen.settings).not.toBeNull());
  return seen;
}

describe('useSettings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('shows a change before storage answers, then keeps what storage holds', async () => {
    const seen = await mount();
    let written: Promise<void> = Promise.resolve();
    act(() => {
      written = seen.save!({ ...seen.settings!, paused: true });
    });
    expect(seen.settings!.paused).toBe(true);
    await act(() => written);
    expect((await settingsItem.getValue()).paused).toBe(true);
    expect(seen.settings!.paused).toBe(true);
  });

  it('puts the stored settings back when the write fails', async () => {
    const seen = await mount();
    vi.spyOn(settingsItem, 'setValue').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    let written: Promise<void> = Promise.resolve();
    act(() => {
      written = seen.save!({ ...seen.settings!, paused: true });
    });
    expect(seen.settings!.paused).toBe(true);
    await act(async () => {
      await expect(written).rejects.toThrow('quota');
    });
    expect(seen.settings!.paused).toBe(false);
  });
});
