import type { OptionsActions } from '../components/options/Options';
import { addUserSite, removeUserSite } from './enable-site';
import { loadSettings, resetSettings, updateSettings, watchSettings, type Settings } from './settings';
import { applyChanges } from './settings-changes';

/** What the options page shows: what its next save changes is measured against it. */
let shown: Settings | null = null;

/**
 * The options page's real storage and permission actions. A save writes only what the reader
 * changed on the page, onto the settings as they are stored now; the page follows changes made
 * elsewhere (a card's "Turn off on this site", another options tab) as they happen.
 */
export const browserOptionsActions: OptionsActions = {
  load: async () => {
    const loaded = await loadSettings();
    shown = loaded.settings;
    return loaded;
  },
  save: async (next) => {
    const before = shown ?? next;
    shown = next;
    shown = await updateSettings((current) => applyChanges(current, before, next));
  },
  watch: (onChange) =>
    watchSettings((value) => {
      shown = value.settings;
      onChange(value);
    }),
  reset: async () => (shown = await resetSettings()),
  addSite: addUserSite,
  removeSite: removeUserSite,
};
