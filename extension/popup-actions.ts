import { browser } from 'wxt/browser';
import type { PopupActions } from '../components/Popup';
import { enableOnTab } from './enable-site';
import { browserRunLogActions } from './history/browser-run-log-actions';
import { loadPopupSubject, revealMention } from './popup-subject';
import { commandKeys, shortcutSettingsOpener } from './shortcut-keys';
import { loadSettings } from './settings';
import { siteDecision } from './site-policy';

/** The popup's real browser actions. */
export function browserPopupActions(search: string): PopupActions {
  return {
    load: () => loadPopupSubject(search),
    reveal: revealMention,
    decide: async (url) => {
      const parsed = URL.canParse(url) ? new URL(url) : null;
      if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) return null;
      return siteDecision(parsed, (await loadSettings()).settings);
    },
    enable: enableOnTab,
    openOptions: () => {
      void browser.runtime.openOptionsPage().then(() => window.close());
    },
    shortcuts: commandKeys,
    openShortcutSettings: shortcutSettingsOpener(),
    runLog: browserRunLogActions(),
  };
}
