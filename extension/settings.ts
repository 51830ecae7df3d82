import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import { defaultSettings, DEFAULT_SETTINGS, validateSettings, type Settings, type ValidatedSettings } from './settings-schema';

export type { Settings, ValidatedSettings } from './settings-schema';

/**
 * Bump when the stored shape changes, and add `SETTINGS_MIGRATIONS[newVersion]` turning the
 * previous shape into the new one. Whatever a migration misses, `validateSettings` repairs.
 */
export const SETTINGS_VERSION = 1;
export const SETTINGS_MIGRATIONS: Record<number, (old: unknown) => unknown> = {};

/** Stored as `unknown`: what comes back from storage is only trusted after `validateSettings`. */
export type SettingsItem = WxtStorageItem<unknown, Record<string, unknown>>;

/** A new handle on the stored settings; migrations run when it is defined. */
export function defineSettingsItem(): SettingsItem {
  return storage.defineItem<unknown>('local:settings', {
    version: SETTINGS_VERSION,
    migrations: SETTINGS_MIGRATIONS,
    fallback: DEFAULT_SETTINGS,
  });
}

export const settingsItem: SettingsItem = defineSettingsItem();

/** The settings, with the names of any that were unreadable and fell back to their defaults. */
export async function loadSettings(item: SettingsItem = settingsItem): Promise<ValidatedSettings> {
  try {
    return validateSettings(await item.getValue());
  } catch {
    return { settings: defaultSettings(), problems: ['settings'] };
  }
}

export async function saveSettings(settings: Settings, item: SettingsItem = settingsItem): Promise<void> {
  await item.setValue(settings);
}

/** Reads, changes and writes back; returns what was written. */
export async function updateSettings(
  change: (current: Settings) => Settings,
  item: SettingsItem = settingsItem,
): Promise<Settings> {
  const next = change((await loadSettings(item)).settings);
  await saveSettings(next, item);
  return next;
}

export async function resetSettings(item: SettingsItem = settingsItem): Promise<Settings> {
  const fresh = defaultSettings();
  await saveSettings(fresh, item);
  return fresh;
}

/** Calls `onChange` with the validated settings whenever any page of the extension changes them. */
export function watchSettings(onChange: (value: ValidatedSettings) => void, item: SettingsItem = settingsItem): () => void {
  const unwatch = item.watch((value) => onChange(validateSettings(value)));
  return () => {
    try {
      unwatch();
    } catch {
      // "Extension context invalidated": the extension was reloaded or removed, its listeners with it.
    }
  };
}
