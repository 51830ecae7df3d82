import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { showCount } from '../extension/badge';
import { relayCardCommands } from '../extension/commands';
import { isCountMessage } from '../extension/messages';

export default defineBackground(() => {
  relayCardCommands();
  browser.runtime.onMessage.addListener((message, sender) => {
    const tabId = sender.tab?.id;
    if (!isCountMessage(message) || tabId === undefined) return;
    return showCount(tabId, message.activeCount).catch(() => {
      // The tab closed before the badge could be set: nothing to show any more.
    });
  });
});
