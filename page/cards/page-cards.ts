import { browser } from 'wxt/browser';
import type { OpenPopupMessage } from '../../extension/commands';
import { withDismissed } from '../../extension/dismissed-mentions';
import { updateSettings, type Settings } from '../../extension/settings';
import type { MentionFlash } from '../mention-flash';
import type { PageScanner } from '../page-scanner';
import type { PopupFocus } from '../popup-focus';
import { CardController } from './card-controller';
import { removeStaleCardHosts } from './card-host';
import type { Dismissals } from './dismissals';

export interface PageCardsDeps {
  win: Window & typeof globalThis;
  scanner: PageScanner;
  dismissals: Dismissals;
  flash: MentionFlash;
  settings: Settings;
  popupFocus: PopupFocus;
}

/**
 * Hover cards wired to the reader's stored choices: delay, dismissed mentions, sites turned off.
 * Turning a site off only stores it: the content script's settings watcher rescans, and the
 * site policy then clears the page.
 */
export function startPageCards({ win, scanner, dismissals, flash, settings, popupFocus }: PageCardsDeps) {
  removeStaleCardHosts(win.document);
  let delayMs = settings.cardDelayMs;
  const host = win.location.hostname;
  const controller = new CardController({
    win,
    mentions: () => scanner.markedMentions(),
    registered: () => scanner.registeredMentions(),
    flash,
    delayMs: () => delayMs,
    explain: (ref) => scanner.explainPost(ref.post.key),
    notBackPain: (ref) => {
      const { text, occurrence } = dismissals.dismiss(ref, scanner.activeMentions());
      const url = win.location.href;
      scanner.republish();
      void updateSettings((s) => ({ ...s, dismissed: withDismissed(s.dismissed, url, text, occurrence) }));
    },
    turnOffSite: () => {
      void updateSettings((s) => ({ ...s, disabledHosts: [...new Set([...s.disabledHosts, host])] }));
    },
    openMore: (ref) => {
      popupFocus.ask(ref.post.key);
      const message: OpenPopupMessage = { type: 'backlight:open-popup' };
      return browser.runtime.sendMessage(message).then(
        (reply) => (reply as { opened?: boolean } | undefined)?.opened === true,
        () => false,
      );
    },
  });
  return {
    controller,
    /** New settings from the content script's watcher; it rescans the page after. */
    applySettings(next: Settings) {
      delayMs = next.cardDelayMs;
      dismissals.replace(next.dismissed);
    },
    stop() {
      controller.destroy();
    },
  };
}
