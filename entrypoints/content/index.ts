import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { analyze } from '../../core/analyze';
import { isStepMessage } from '../../extension/commands';
import { loadSettings } from '../../extension/settings';
import { SITE_MATCHES } from '../../sites/matches';
import { pickAdapter } from '../../sites';
import { Dismissals } from '../../page/cards/dismissals';
import { startPageCards } from '../../page/cards/page-cards';
import { pageHighlights } from '../../page/highlights';
import { PageScanner } from '../../page/page-scanner';
import { answerPageRequest } from '../../page/page-requests';
import './highlight.css';

export default defineContentScript({
  matches: SITE_MATCHES,
  runAt: 'document_idle',
  async main(ctx) {
    const { settings } = await loadSettings();
    if (ctx.isInvalid || settings.disabledHosts.includes(window.location.hostname)) return;
    const sendCount = (activeCount: number) =>
      browser.runtime.sendMessage({ type: 'backlight:count', activeCount }).catch(() => {
        // The background is restarting or the extension was updated: the next report retries.
      });
    const highlights = pageHighlights(window);
    const dismissals = new Dismissals(settings.dismissed, () => window.location.href);
    const scanner = new PageScanner({
      win: window,
      analyze,
      locate: (doc) => pickAdapter(new URL(window.location.href), doc),
      highlights,
      filterMarked: (active) => dismissals.visible(active),
      onReport: (report) => {
        if (ctx.isInvalid) return;
        cards.controller.marksChanged();
        void sendCount(report.activeCount);
      },
    });
    const stop = () => {
      browser.runtime.onMessage.removeListener(onMessage);
      cards.stop();
      scanner.stop();
    };
    const cards = startPageCards({
      win: window,
      scanner,
      dismissals,
      highlights,
      settings,
      turnOff: () => {
        stop();
        void sendCount(0);
      },
    });
    const onMessage = (message: unknown) => {
      if (!isStepMessage(message)) return answerPageRequest(scanner, message);
      cards.controller.step(message.step);
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.addEventListener(window, 'wxt:locationchange', () => scanner.refresh());
    ctx.onInvalidated(stop);
    void scanner.start();
  },
});
