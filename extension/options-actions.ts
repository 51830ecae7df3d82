import type { OptionsActions } from '../components/options/Options';
import { addUserSite, removeUserSite } from './enable-site';
import { loadSettings, resetSettings, saveSettings } from './settings';

/** The options page's real storage and permission actions. */
export const browserOptionsActions: OptionsActions = {
  load: () => loadSettings(),
  save: (settings) => saveSettings(settings),
  reset: () => resetSettings(),
  addSite: addUserSite,
  removeSite: removeUserSite,
};
