import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { analyze } from '../core/analyze';
import { updateBadge } from '../extension/badge';
import { relayCardCommands } from '../extension/commands';
import { isCountMessage } from '../extension/messages';
import { createSelectionMenu, onSelectionCommand, onSelectionMenuClick } from '../extension/selection-command';
import { loadSettings, migrateStoredSettings, watchSettings } from '../extension/settings';
import { syncUserSiteScripts } from '../extension/user-site-scripts';
import { uiText } from '../ui-text/ui-text';

export default defineBackground(() => {
  void migrateStoredSettings();
  relayCardCommands();
  browser.runtime.onInstalled.addListener(({ reason }) => {
    createSelectionMenu(uiText().browserUi.menuTitle);
    // Once, on a fresh install: what the marks mean, the shortcuts, privacy.
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });

  // Read once and then followed, not loaded and validated again for every count a tab sends.
  const ready = loadSettings().then(({ settings }) => settings);
  let badgeOn: Promise<boolean> = ready.then((settings) => settings.badge);

  browser.runtime.onMessage.addListener((message, sender) => {
    const tabId = sender.tab?.id;
    if (!isCountMessage(message) || tabId === undefined) return;
    return badgeOn.then((on) => updateBadge(tabId, message.activeCount, message.redFlagCount, on)).catch(() => {
      // The tab closed before the badge could be set: nothing to show any more.
    });
  });

  const onMenuClick = (info: { menuItemId: string | number; selectionText?: string }, tab?: { id?: number }) =>
    onSelectionMenuClick(info, tab?.id, analyze);
  browser.contextMenus.onClicked.addListener(onMenuClick);
  browser.commands.onCommand.addListener((command, tab) => void onSelectionCommand(command, tab?.id, analyze));

  let synced = '';
  const sync = (origins: readonly string[]) => {
    if (JSON.stringify(origins) === synced) return;
    synced = JSON.stringify(origins);
    void syncUserSiteScripts(origins).catch(() => {
      // A permission was withdrawn mid-way: the next settings change syncs again.
    });
  };
  // The run-time registration persists across sessions; checked again at every start anyway.
  void ready.then((settings) => sync(settings.userSites));
  watchSettings(({ settings }) => {
    badgeOn = Promise.resolve(settings.badge);
    sync(settings.userSites);
  });
});
