import { browser } from 'wxt/browser';
import { migrateSettings, storedSettingsVersion, type SettingsMigrations } from './settings-migration';
import { defaultSettings, validateSettings, type Settings, type ValidatedSettings } from './settings-schema';

export type { Settings, ValidatedSettings } from './settings-schema';

/**
 * Bump when the stored shape changes, and add `SETTINGS_MIGRATIONS[newVersion]` turning the
 * previous shape into the new one. Whatever a migration misses, `validateSettings` repairs.
 */
export const SETTINGS_VERSION = 1;
export const SETTINGS_MIGRATIONS: SettingsMigrations = {};

// The layout of WXT's storage, which kept the settings before: the value, and its version as `{ v }`.
const VALUE_KEY = 'settings';
const VERSION_KEY = 'settings$';

/**
 * The settings in `storage.local`, read in the shape of `version`. Every page migrates what it reads
 * in memory only; the background alone writes a migrated value back (`migrateStored`), so content
 * scripts neither race it nor write for a version of the extension they are not.
 */
export function createSettingsStore(version = SETTINGS_VERSION, migrations = SETTINGS_MIGRATIONS) {
  async function readStored(): Promise<{ value: unknown; storedVersion: number }> {
    const stored = await browser.storage.local.get([VALUE_KEY, VERSION_KEY]);
    return { value: stored[VALUE_KEY], storedVersion: storedSettingsVersion(stored[VERSION_KEY]) };
  }

  /** The settings, with the names of any that were unreadable and fell back to their defaults. */
  async function load(): Promise<ValidatedSettings> {
    try {
      const { value, storedVersion } = await readStored();
      return validateSettings(migrateSettings(value, storedVersion, migrations, version));
    } catch {
      return { settings: defaultSettings(), problems: ['settings'] };
    }
  }

  async function save(settings: Settings): Promise<void> {
    await browser.storage.local.set({ [VALUE_KEY]: settings, [VERSION_KEY]: { v: version } });
  }

  /** Reads, changes and writes back; returns what was written. */
  async function update(change: (current: Settings) => Settings): Promise<Settings> {
    const next = change((await load()).settings);
    await save(next);
    return next;
  }

  async function reset(): Promise<Settings> {
    const fresh = defaultSettings();
    await save(fresh);
    return fresh;
  }

  /** Calls `onChange` with the validated settings whenever any page of the extension changes them. */
  function watch(onChange: (value: ValidatedSettings) => void): () => void {
    let watching = true;
    // Read again rather than take the change's new value: the version may not have changed with it.
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area !== 'local' || !(VALUE_KEY in changes)) return;
      void load().then((value) => {
        if (watching) onChange(value);
      });
    };
    browser.storage.onChanged.addListener(listener);
    return () => {
      watching = false;
      try {
        browser.storage.onChanged.removeListener(listener);
      } catch {
        // "Extension context invalidated": the extension was reloaded or removed, its listeners with it.
      }
    };
  }

  /** Rewrites settings stored by an older version in the current shape. Never lowers the stored version. */
  async function migrateStored(): Promise<void> {
    const { value, storedVersion } = await readStored();
    if (value === undefined || value === null || storedVersion >= version) return;
    await browser.storage.local.set({
      [VALUE_KEY]: migrateSettings(value, storedVersion, migrations, version),
      [VERSION_KEY]: { v: version },
    });
  }

  return { load, save, update, reset, watch, migrateStored };
}

const settingsStore = createSettingsStore();
export const loadSettings = settingsStore.load;
export const saveSettings = settingsStore.save;
export const updateSettings = settingsStore.update;
export const resetSettings = settingsStore.reset;
export const watchSettings = settingsStore.watch;
/** For the background only, once as it starts. */
export const migrateStoredSettings = settingsStore.migrateStored;
