import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  defineSettingsItem,
  loadSettings,
  resetSettings,
  saveSettings,
  SETTINGS_VERSION,
  updateSettings,
  watchSettings,
} from '../../../extension/settings';
import { DEFAULT_SETTINGS, defaultSettings } from '../../../extension/settings-schema';

describe('stored settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('round-trips through local storage, versioned', async () => {
    const item = defineSettingsItem();
    const changed = { ...defaultSettings(), cardDelayMs: 900, allOfReddit: true };
    await saveSettings(changed, item);
    expect(await loadSettings(defineSettingsItem())).toEqual({ settings: changed, problems: [] });
    const stored = await fakeBrowser.storage.local.get(['settings', 'settings$']);
    expect(stored['settings$']).toEqual({ v: SETTINGS_VERSION });
  });

  it('updates one field and resets to the defaults', async () => {
    const item = defineSettingsItem();
    await updateSettings((s) => ({ ...s, badge: false }), item);
    expect((await loadSettings(item)).settings.badge).toBe(false);
    await resetSettings(item);
    expect((await loadSettings(item)).settings).toEqual(DEFAULT_SETTINGS);
  });

  it('reads a value stored without version metadata as v1 and repairs what it cannot read', async () => {
    await fakeBrowser.storage.local.set({ settings: { badge: false, cardDelayMs: 'slow' } });
    const item = defineSettingsItem();
    const loaded = await loadSettings(item);
    expect(loaded.settings.badge).toBe(false);
    expect(loaded.settings.cardDelayMs).toBe(DEFAULT_SETTINGS.cardDelayMs);
    expect(loaded.problems).toEqual(['cardDelayMs']);
  });

  it('reads settings written by a newer version (a downgrade) instead of showing nothing', async () => {
    await fakeBrowser.storage.local.set({ settings: { badge: false, futureOption: 1 }, settings$: { v: SETTINGS_VERSION + 1 } });
    const loaded = await loadSettings(defineSettingsItem());
    expect(loaded.settings.badge).toBe(false);
    expect(loaded.problems).toEqual([]);
  });

  it('falls back with a notice when the stored value is corrupt', async () => {
    await fakeBrowser.storage.local.set({ settings: 'garbage' });
    expect(await loadSettings(defineSettingsItem())).toEqual({ settings: DEFAULT_SETTINGS, problems: ['settings'] });
  });

  it('tells watchers the validated settings', async () => {
    const item = defineSettingsItem();
    const seen: boolean[] = [];
    const stop = watchSettings(({ settings }) => seen.push(settings.allOfReddit), item);
    await saveSettings({ ...defaultSettings(), allOfReddit: true }, item);
    await expect.poll(() => seen).toEqual([true]);
    stop();
  });
});
