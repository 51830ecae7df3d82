import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  createSettingsStore,
  loadSettings,
  migrateStoredSettings,
  resetSettings,
  saveSettings,
  SETTINGS_VERSION,
  updateSettings,
  watchSettings,
  type ValidatedSettings,
} from '../../../extension/settings';
import { DEFAULT_SETTINGS, defaultSettings } from '../../../extension/settings-schema';

/** A pretend v2 that renamed v1's `hoverDelayMs` to `cardDelayMs`. */
const renameHoverDelay = (previous: unknown) => {
  const { hoverDelayMs, ...rest } = previous as Record<string, unknown>;
  return { ...rest, cardDelayMs: hoverDelayMs };
};
const V1_VALUE = { badge: false, hoverDelayMs: 900 };

const stored = () => fakeBrowser.storage.local.get(['settings', 'settings$']);
/** Lets storage listeners and the reads they start finish. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('stored settings', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('round-trips through local storage with its version', async () => {
    const changed = { ...defaultSettings(), cardDelayMs: 900, allOfReddit: true };
    await saveSettings(changed);
    expect(await loadSettings()).toEqual({ settings: changed, problems: [] });
    expect(await stored()).toEqual({ settings: changed, settings$: { v: SETTINGS_VERSION } });
  });

  it('updates one field and resets to the defaults', async () => {
    await updateSettings((s) => ({ ...s, badge: false }));
    expect((await loadSettings()).settings).toEqual({ ...DEFAULT_SETTINGS, badge: false });
    await resetSettings();
    expect((await loadSettings()).settings).toEqual(DEFAULT_SETTINGS);
  });

  it.each([undefined, 'not a version', null, [2], { v: 'two' }, { v: 0 }, { v: 1.5 }])(
    'reads a value stored with version metadata %j as v1',
    async (meta) => {
      await fakeBrowser.storage.local.set({ settings: V1_VALUE, ...(meta === undefined ? {} : { settings$: meta }) });
      const loaded = await createSettingsStore(2, { 2: renameHoverDelay }).load();
      expect(loaded).toEqual({ settings: { ...DEFAULT_SETTINGS, badge: false, cardDelayMs: 900 }, problems: [] });
    },
  );

  it('repairs what it cannot read, naming it', async () => {
    await fakeBrowser.storage.local.set({ settings: { badge: false, cardDelayMs: 'slow' } });
    const loaded = await loadSettings();
    expect(loaded.settings.badge).toBe(false);
    expect(loaded.settings.cardDelayMs).toBe(DEFAULT_SETTINGS.cardDelayMs);
    expect(loaded.problems).toEqual(['cardDelayMs']);
  });

  it('migrates older settings in memory on every read, and writes them back only from the background', async () => {
    const migration = vi.fn(renameHoverDelay);
    const v2 = createSettingsStore(2, { 2: migration });
    await fakeBrowser.storage.local.set({ settings: V1_VALUE, settings$: { v: 1 } });

    expect((await v2.load()).settings.cardDelayMs).toBe(900);
    expect(await stored()).toEqual({ settings: V1_VALUE, settings$: { v: 1 } });

    await v2.migrateStored();
    expect(await stored()).toEqual({ settings: { badge: false, cardDelayMs: 900 }, settings$: { v: 2 } });
    migration.mockClear();
    await v2.migrateStored();
    expect((await v2.load()).settings.cardDelayMs).toBe(900);
    expect(migration).not.toHaveBeenCalled();
  });

  it('reads settings of a newer version (after a downgrade) as they are, silently, and never lowers their version', async () => {
    const consoleCalls = (['log', 'info', 'debug', 'warn', 'error'] as const).map((level) =>
      vi.spyOn(console, level).mockImplementation(() => {}),
    );
    const newer = { settings: { badge: false, futureOption: 1 }, settings$: { v: SETTINGS_VERSION + 1 } };
    await fakeBrowser.storage.local.set(newer);

    expect(await loadSettings()).toEqual({ settings: { ...DEFAULT_SETTINGS, badge: false }, problems: [] });
    await migrateStoredSettings();
    expect(await stored()).toEqual(newer);
    for (const call of consoleCalls) expect(call).not.toHaveBeenCalled();
  });

  it('falls back with a notice when the stored value is corrupt', async () => {
    await fakeBrowser.storage.local.set({ settings: 'garbage' });
    expect(await loadSettings()).toEqual({ settings: DEFAULT_SETTINGS, problems: ['settings'] });
  });

  it('falls back with a notice when a migration fails', async () => {
    await fakeBrowser.storage.local.set({ settings: V1_VALUE });
    const broken = createSettingsStore(2, {
      2: () => {
        throw new Error('bug');
      },
    });
    expect(await broken.load()).toEqual({ settings: DEFAULT_SETTINGS, problems: ['settings'] });
  });

  it('tells watchers the validated settings until they stop watching', async () => {
    const seen: ValidatedSettings[] = [];
    const stop = watchSettings((value) => seen.push(value));
    await saveSettings({ ...defaultSettings(), allOfReddit: true });
    await fakeBrowser.storage.local.set({ settings: { cardDelayMs: 'slow' } });
    await expect.poll(() => seen).toEqual([
      { settings: { ...DEFAULT_SETTINGS, allOfReddit: true }, problems: [] },
      { settings: DEFAULT_SETTINGS, problems: ['cardDelayMs'] },
    ]);

    stop();
    await resetSettings();
    await settle();
    expect(seen).toHaveLength(2);
  });

  it('tells watchers nothing of other keys or of the session area', async () => {
    const seen: ValidatedSettings[] = [];
    const stop = watchSettings((value) => seen.push(value));
    await fakeBrowser.storage.local.set({ other: 1, settings$: { v: 1 } });
    await fakeBrowser.storage.session.set({ settings: { badge: false } });
    await settle();
    expect(seen).toEqual([]);

    await updateSettings((s) => ({ ...s, badge: false }));
    await expect.poll(() => seen.map((v) => v.settings.badge)).toEqual([false]);
    stop();
  });
});
