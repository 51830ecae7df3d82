import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { detectionSteps, detectMentionsIn } from '../core/detect';
import { isStepMessage } from '../extension/commands';
import { highlightOverride } from '../extension/highlight-style';
import type { CountMessage } from '../extension/messages';
import { loadSettings, watchSettings } from '../extension/settings';
import { siteDecision } from '../extension/site-policy';
import { pickAdapterSteps } from '../sites';
import { Dismissals } from '../page/cards/dismissals';
import { startPageCards } from '../page/cards/page-cards';
import { adoptHighlightStyle } from '../page/highlight-style-sheet';
import { ACTIVE_HIGHLIGHT, pageHighlights } from '../page/highlights';
import { startLifecycle } from '../page/lifecycle';
import { watchLocation } from '../page/location-watch';
import { MentionFlash } from '../page/mention-flash';
import { PageScanner } from '../page/page-scanner';
import { loadPageAnalysis } from '../page/page-ui';
import { answerPageRequest } from '../page/page-requests';
import { PopupFocus } from '../page/popup-focus';

/**
 * The content script of every supported page (the manifest's `content_scripts`, see
 * wxt.config.ts, and the run-time registration for the reader's own sites). An unlisted script
 * rather than a WXT content script: WXT's context announces itself to the page and lets the page
 * stop it (see page/lifecycle.ts). Top frame only: every supported site's posts are in its top
 * document; its frames are embeds and ads.
 */
export default defineUnlistedScript(() => void main());

async function main(): Promise<void> {
  const lifecycle = startLifecycle(globalThis, () => browser.runtime?.id !== undefined, window);
  let { settings } = await loadSettings();
  if (!lifecycle.alive()) return;
  // The badge of a freshly loaded page is already empty: tell the background only of changes.
  const counts = { activeCount: 0, redFlagCount: 0 };
  let sent = true;
  const sendCounts = (next: Partial<typeof counts>) => {
    const changed = Object.entries(next).some(([key, value]) => counts[key as keyof typeof counts] !== value);
    if ((!changed && sent) || !lifecycle.alive()) return;
    Object.assign(counts, next);
    sent = true;
    const message: CountMessage = { type: 'backlight:count', ...counts };
    browser.runtime.sendMessage(message).catch(() => {
      // The background is restarting or the extension was updated: the next change retries.
      sent = false;
    });
  };
  const highlights = pageHighlights(window);
  const flash = new MentionFlash(window, highlights);
  const setHighlightStyle = adoptHighlightStyle(document);
  const styleMarks = (marking: boolean) => setHighlightStyle(highlightOverride(ACTIVE_HIGHLIGHT, settings.highlight), marking);
  const dismissals = new Dismissals(settings.dismissed, () => window.location.href);
  const scanner = new PageScanner({
    win: window,
    detect: detectMentionsIn,
    detectionSteps,
    loadExplainer: loadPageAnalysis,
    decide: () => siteDecision(new URL(window.location.href), settings),
    locate: (doc) => pickAdapterSteps(new URL(window.location.href), doc),
    highlights,
    filterMarked: (active) => dismissals.visible(active).filter((ref) => settings.regions.includes(ref.mention.region)),
    onMarksChanged: (activeCount) => {
      if (!lifecycle.alive()) return;
      styleMarks(activeCount > 0);
      cards.controller.marksChanged();
      sendCounts({ activeCount });
    },
    onWindowChanged: () => cards.controller.windowChanged(),
    onRedFlagsChanged: (redFlagCount) => sendCounts({ redFlagCount }),
  });
  const popupFocus = new PopupFocus();
  const cards = startPageCards({ win: window, scanner, dismissals, flash, settings, popupFocus });
  // The browser's own API, not the polyfill (see wxt.config.ts): an answer goes through
  // `sendResponse`, kept open by returning true, as every browser allows.
  const onMessage = (message: unknown, _sender: unknown, sendResponse: (response: unknown) => void) => {
    if (!lifecycle.alive()) return undefined;
    if (isStepMessage(message)) return void cards.controller.step(message.step);
    const answer = answerPageRequest(scanner, flash, popupFocus, message);
    if (!answer) return undefined;
    answer.then(sendResponse, () => sendResponse(undefined));
    return true;
  };
  // The page's marks and card go first: once the extension is reloaded or removed, the
  // extension APIs of this orphaned copy may throw, and the rest of the teardown with them.
  lifecycle.onStop(() => browser.runtime.onMessage.removeListener(onMessage));
  lifecycle.onStop(
    watchSettings(({ settings: next }) => {
      if (!lifecycle.alive()) return;
      settings = next;
      styleMarks(scanner.markedMentions().length > 0);
      cards.applySettings(next);
      scanner.refresh();
    }),
  );
  lifecycle.onStop(watchLocation(window, () => lifecycle.alive() && scanner.refresh()));
  lifecycle.onStop(() => styleMarks(false));
  lifecycle.onStop(() => cards.stop());
  lifecycle.onStop(() => scanner.stop());
  browser.runtime.onMessage.addListener(onMessage);
  void scanner.start();
}
