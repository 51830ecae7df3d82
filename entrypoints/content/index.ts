import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { analyze } from '../../core/analyze';
import { SITE_MATCHES } from '../../sites/matches';
import { pickAdapter } from '../../sites';
import { pageHighlights } from '../../page/highlights';
import { PageScanner } from '../../page/page-scanner';
import { answerPageRequest } from '../../page/page-requests';
import './highlight.css';

export default defineContentScript({
  matches: SITE_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    const scanner = new PageScanner({
      win: window,
      analyze,
      locate: (doc) => pickAdapter(new URL(window.location.href), doc),
      highlights: pageHighlights(window),
      onReport: (report) => {
        if (ctx.isInvalid) return;
        browser.runtime
          .sendMessage({ type: 'backlight:count', activeCount: report.activeCount })
          .catch(() => {
            // The background is restarting or the extension was updated: the next report retries.
          });
      },
    });
    const onMessage = (message: unknown) => answerPageRequest(scanner, message);
    browser.runtime.onMessage.addListener(onMessage);
    ctx.addEventListener(window, 'wxt:locationchange', () => scanner.refresh());
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      scanner.stop();
    });
    void scanner.start();
  },
});
