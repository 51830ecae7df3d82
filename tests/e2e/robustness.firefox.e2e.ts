import { expect, it } from 'vitest';
import { commentHtml, THREAD_URL, type Thread } from '../fixtures/live/reddit-thread';
import { hoverMention } from './card.support';
import { hostCount } from './hostile-pages.support';
import { expectedMarks, moreComments, readLiveMarks, THREAD } from './live-page.support';
import {
  appendComments,
  expectBadge,
  expectExtensionPagesOpen,
  expectMarks,
  expectPageRunning,
  robustnessRoutes,
  robustnessTests,
  startPageClock,
} from './robustness.support';
import { describeInBrowser, type TabPage } from './support/browser-session';
import { FirefoxBrowser } from './support/firefox-browser';

// When Firefox unloads an extension (reload, disable, uninstall), ExtensionChild.shutdown() closes
// each of its content-script contexts: ContentScriptContextChild.close() takes the manifest's CSS
// out and nukes the script's sandbox (Cu.nukeSandbox). The script hears nothing first, so WXT's
// ctx.onInvalidated never runs: the script just stops, silently, and what it left in the page (the
// Highlight in CSS.highlights, its adopted stylesheet, an open card) stays until the page loads
// again. Installed or reloaded, the extension's content script is injected into the open tabs.
// So the new script removes the old card, and the default marks are drawn by the manifest's CSS
// alone (nothing adopted), which goes with the extension.

/** Rules of the page's adopted stylesheets that style our highlights. */
function adoptedHighlightRules(): string[] {
  return document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).filter((css) => css.includes('backlight'));
}

const MORE = moreComments(0, 1);
const THREAD_AND_MORE: Thread = { ...THREAD, comments: [...THREAD.comments, ...MORE] };

/** When the extension's background page started: a reload gives a new one. */
async function backgroundStart(session: FirefoxBrowser): Promise<number> {
  const page = await session.openExtensionPage('popup.html');
  try {
    return await page.evaluate(async () => {
      const api = (globalThis as unknown as { browser: typeof chrome }).browser;
      const background = (await api.runtime.getBackgroundPage()) as unknown as typeof globalThis;
      return background.performance.timeOrigin;
    });
  } finally {
    await page.close();
  }
}

/** Reloads the extension (`runtime.reload()` in one of its pages) and waits until it runs again. */
async function reloadExtension(session: FirefoxBrowser): Promise<void> {
  const before = await backgroundStart(session);
  const page = await session.openExtensionPage('popup.html');
  // Deferred, so that the call returns before the page goes with the extension.
  await page.evaluate(() => void setTimeout(() => (globalThis as unknown as { browser: typeof chrome }).browser.runtime.reload()));
  await expect.poll(() => backgroundStart(session), { timeout: 20_000 }).not.toBe(before);
}

describeInBrowser('Firefox: corrupt storage, an extension reload, the extension removed', () => FirefoxBrowser.launch(robustnessRoutes()), (session) => {
  robustnessTests(session);

  /** With the extension back: a fresh load is marked, badged, its extension pages open, and the console stayed silent. */
  async function expectFreshLoadMarked(tab: TabPage, messages: string[]): Promise<void> {
    await tab.reload();
    await expectMarks(tab, THREAD);
    await expectBadge(tab, THREAD);
    await expectExtensionPagesOpen(session(), tab, THREAD);
    expect(messages).toEqual([]);
    await tab.close();
  }

  it('reloaded mid-page: the page runs on without a word, and the new script marks the open page and a fresh load', async () => {
    const messages: string[] = [];
    const tab = await session().openTab(THREAD_URL, { messages, init: startPageClock });
    await expectMarks(tab, THREAD);
    await hoverMention(tab, 'lower back gets really tight');
    await reloadExtension(session());

    await tab.evaluate(appendComments, MORE.map(commentHtml).join(''));
    await expectMarks(tab, THREAD_AND_MORE);
    await expectBadge(tab, THREAD_AND_MORE);
    expect(await tab.evaluate(hostCount)).toBe(0);
    await hoverMention(tab, 'lower back gets really tight');
    expect(await tab.evaluate(hostCount)).toBe(1);
    await expectPageRunning(tab);
    await expectFreshLoadMarked(tab, messages);
  });

  // Last: the extension comes back with its storage emptied.
  it('removed mid-page: its script stops without a word, the page runs on, and reinstalled it marks the open page and a fresh load', async () => {
    const messages: string[] = [];
    const tab = await session().openTab(THREAD_URL, { messages, init: startPageClock });
    await expectMarks(tab, THREAD);
    await hoverMention(tab, 'lower back gets really tight');
    await session().firefox.uninstallExtension();

    // Default marks: only the manifest's CSS drew them, and Firefox took it out with the extension.
    expect(await tab.evaluate(adoptedHighlightRules)).toEqual([]);
    await tab.evaluate(appendComments, MORE.map(commentHtml).join(''));
    await new Promise((r) => setTimeout(r, 1500));
    const newMarks = expectedMarks(THREAD_AND_MORE).filter((mark) => !expectedMarks(THREAD).includes(mark));
    expect(newMarks).not.toEqual([]);
    expect((await tab.evaluate(readLiveMarks)).filter((mark) => newMarks.includes(mark))).toEqual([]);
    await expectPageRunning(tab);
    expect(messages).toEqual([]);

    await session().firefox.reinstallExtension();
    await expectMarks(tab, THREAD_AND_MORE);
    await expectBadge(tab, THREAD_AND_MORE);
    await expectFreshLoadMarked(tab, messages);
  });
});
