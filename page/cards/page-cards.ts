import { browser } from 'wxt/browser';
import type { OpenPopupMessage } from '../../extension/commands';
import { withDismissal, withoutDismissal } from '../../extension/dismissed-mentions';
import { extensionVersion } from '../../extension/extension-version';
import { updateSettings, type Settings } from '../../extension/settings';
import { threadKey, withoutThread, withThread } from '../../extension/turned-off-threads';
import type { MentionFlash } from '../mention-flash';
import type { PageScanner } from '../page-scanner';
import { loadPageUi, type PageUi } from '../page-ui';
import type { PopupFocus } from '../popup-focus';
import { LazyUiHost } from '../lazy-ui-host';
import { removeStaleHosts } from '../ui-host';
import { CardController } from './card-controller';
import type { Dismissals } from './dismissals';

export interface PageCardsDeps {
  win: Window & typeof globalThis;
  scanner: PageScanner;
  dismissals: Dismissals;
  flash: MentionFlash;
  settings: Settings;
  popupFocus: PopupFocus;
}

/** The longest selection a report quotes from; the report cuts it shorter still. */
const MAX_SELECTION = 2000;

/**
 * Hover cards wired to the reader's stored choices: delay, dismissed mentions, threads and sites
 * turned off, each with an undo toast. A choice is stored at once (a page closed while its toast
 * shows keeps it); Undo stores its reverse. Turning a thread or site off (or back on) only stores
 * it: the content script's settings watcher rescans, and the site policy clears or marks the page.
 */
export function startPageCards({ win, scanner, dismissals, flash, settings, popupFocus }: PageCardsDeps) {
  removeStaleHosts(win.document);
  const ui = new LazyUiHost(win.document);
  let delayMs = settings.cardDelayMs;
  let toast: { close(): void } | null = null;
  let stopped = false;
  const showToast = (make: (view: PageUi) => { close(): void } | Promise<{ close(): void }>) => {
    void loadPageUi()
      .then(make)
      .then(
        (shown) => (stopped ? shown.close() : (toast = shown)),
        // The extension was reloaded: the choice is stored, there is just no toast.
        () => undefined,
      );
  };
  const controller = new CardController({
    win,
    ui,
    mentions: () => scanner.markedMentions(),
    registered: () => scanner.registeredMentions(),
    flash,
    delayMs: () => delayMs,
    explain: (ref) => scanner.explainPost(ref.post.key),
    notBackPain: (ref, keyboard) => {
      const entry = dismissals.dismiss(ref, scanner.activeMentions());
      scanner.republish();
      void updateSettings((s) => ({ ...s, dismissed: withDismissal(s.dismissed, entry) }));
      const undo = () => {
        dismissals.restore(entry);
        scanner.republish();
        void updateSettings((s) => ({ ...s, dismissed: withoutDismissal(s.dismissed, entry) }));
      };
      showToast((view) => view.toastUndo(ui.with(view), win, { kind: 'dismissed' }, undo, keyboard));
    },
    turnOff: (scope, keyboard) => {
      const host = win.location.hostname;
      if (scope === 'site') {
        void updateSettings((s) => ({ ...s, disabledHosts: [...new Set([...s.disabledHosts, host])] }));
        const undo = () => void updateSettings((s) => ({ ...s, disabledHosts: s.disabledHosts.filter((h) => h !== host) }));
        return showToast((view) => view.toastUndo(ui.with(view), win, { kind: 'site-off', host }, undo, keyboard));
      }
      const url = win.location.href;
      void updateSettings((s) => ({ ...s, disabledThreads: withThread(s.disabledThreads, url) }));
      const undo = () => void updateSettings((s) => ({ ...s, disabledThreads: withoutThread(s.disabledThreads, threadKey(url)) }));
      showToast((view) => view.toastUndo(ui.with(view), win, { kind: 'thread-off' }, undo, keyboard));
    },
    report: (ref, post, keyboard) => {
      const selection = win.getSelection()?.toString().slice(0, MAX_SELECTION).trim();
      const input = {
        url: win.location.href,
        marked: ref.mention.text,
        selection,
        // The mark itself, and what its post gave it: the post's other mentions are not what is reported.
        posts: [{ mentions: [ref.mention], causes: post.causes, redFlags: post.redFlags }],
        version: extensionVersion(),
      };
      showToast((view) => view.copyReport(ui.with(view), win, input, keyboard));
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
      stopped = true;
      toast?.close();
      controller.destroy();
    },
  };
}
