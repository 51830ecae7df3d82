import { browser } from 'wxt/browser';
import type { OpenPopupMessage } from '../../extension/commands';
import { withDismissed } from '../../extension/dismissed-mentions';
import { updateSettings, watchSettings, type Settings } from '../../extension/settings';
import type { HighlightRegistry } from '../highlights';
import type { PageScanner } from '../page-scanner';
import { CardController } from './card-controller';
import type { Dismissals } from './dismissals';

export interface PageCardsDeps {
  win: Window & typeof globalThis;
  scanner: PageScanner;
  dismissals: Dismissals;
  highlights: HighlightRegistry | null;
  settings: Settings;
  /** Clear Backlight from this page: the reader turned it off for the site. */
  turnOff(): void;
}

/** Hover cards wired to the reader's stored choices: delay, dismissed mentions, sites turned off. */
export function startPageCards({ win, scanner, dismissals, highlights, settings, turnOff }: PageCardsDeps) {
  let delayMs = settings.cardDelayMs;
  const host = win.location.hostname;
  const controller = new CardController({
    win,
    mentions: () => scanner.markedMentions(),
    highlights,
    delayMs: () => delayMs,
    notBackPain: (ref) => {
      const { text, occurrence } = dismissals.dismiss(ref, scanner.activeMentions());
      const url = win.location.href;
      scanner.republish();
      void updateSettings((s) => ({ ...s, dismissed: withDismissed(s.dismissed, url, text, occurrence) }));
    },
    turnOffSite: () => {
      void updateSettings((s) => ({ ...s, disabledHosts: [...new Set([...s.disabledHosts, host])] }));
      turnOff();
    },
    openMore: () => {
      const message: OpenPopupMessage = { type: 'backlight:open-popup' };
      return browser.runtime.sendMessage(message).then(
        (reply) => (reply as { opened?: boolean } | undefined)?.opened === true,
        () => false,
      );
    },
  });
  const unwatch = watchSettings(({ settings: next }) => {
    delayMs = next.cardDelayMs;
    if (next.disabledHosts.includes(host)) return turnOff();
    dismissals.replace(next.dismissed);
    scanner.republish();
  });
  return {
    controller,
    stop() {
      controller.destroy();
      unwatch();
    },
  };
}
