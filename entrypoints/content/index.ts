import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { detectMentionsIn } from '../../core/detect';
import { isStepMessage } from '../../extension/commands';
import { highlightOverride } from '../../extension/highlight-style';
import { loadSettings, watchSettings } from '../../extension/settings';
import { siteDecision } from '../../extension/site-policy';
import { SITE_MATCHES } from '../../sites/matches';
import { pickAdapter } from '../../sites';
import { Dismissals } from '../../page/cards/dismissals';
import { startPageCards } from '../../page/cards/page-cards';
import { adoptHighlightStyle } from '../../page/highlight-style-sheet';
import { ACTIVE_HIGHLIGHT, pageHighlights } from '../../page/highlights';
import { MentionFlash } from '../../page/mention-flash';
import { PageScanner } from '../../page/page-scanner';
import { loadPageUi } from '../../page/page-ui';
import { answerPageRequest } from '../../page/page-requests';
import './highlight.css';

export default defineContentScript({
  matches: SITE_MATCHES,
  // Top frame only (no allFrames): every supported site's posts are in its top document; its
  // frames are embeds and ads, and a script per frame would need badge counts summed across frames.
  runAt: 'document_idle',
  async main(ctx) {
    let { settings } = await loadSettings();
    if (ctx.isInvalid) return;
    const sendCount = (activeCount: number) =>
      browser.runtime.sendMessage({ type: 'backlight:count', activeCount }).catch(() => {
        // The background is restarting or the extension was updated: the next report retries.
      });
    const highlights = pageHighlights(window);
    const flash = new MentionFlash(window, highlights);
    const setHighlightStyle = adoptHighlightStyle(document);
    setHighlightStyle(highlightOverride(ACTIVE_HIGHLIGHT, settings.highlight));
    const dismissals = new Dismissals(settings.dismissed, () => window.location.href);
    const scanner = new PageScanner({
      win: window,
      detect: detectMentionsIn,
      loadExplainer: loadPageUi,
      decide: () => siteDecision(new URL(window.location.href), settings),
      locate: (doc) => pickAdapter(new URL(window.location.href), doc),
      highlights,
      filterMarked: (active) => dismissals.visible(active).filter((ref) => settings.regions.includes(ref.mention.region)),
      onMarksChanged: (activeCount) => {
        if (ctx.isInvalid) return;
        cards.controller.marksChanged();
        void sendCount(activeCount);
      },
      onWindowChanged: () => cards.controller.windowChanged(),
    });
    const unwatch = watchSettings(({ settings: next }) => {
      settings = next;
      setHighlightStyle(highlightOverride(ACTIVE_HIGHLIGHT, next.highlight));
      cards.applySettings(next);
      scanner.refresh();
    });
    // The page's marks and card go first: once the extension is reloaded or removed, the
    // extension APIs of this orphaned script may throw, and the rest of the teardown with them.
    const stop = () => {
      scanner.stop();
      cards.stop();
      unwatch();
      browser.runtime.onMessage.removeListener(onMessage);
    };
    const cards = startPageCards({
      win: window,
      scanner,
      dismissals,
      flash,
      settings,
    });
    const onMessage = (message: unknown) => {
      if (!isStepMessage(message)) return answerPageRequest(scanner, flash, message);
      cards.controller.step(message.step);
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.addEventListener(window, 'wxt:locationchange', () => scanner.refresh());
    ctx.onInvalidated(stop);
    void scanner.start();
  },
});
