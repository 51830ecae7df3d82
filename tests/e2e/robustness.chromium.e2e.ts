import type { Page, Worker } from 'playwright-core';
import { expect, it } from 'vitest';
import { commentHtml, THREAD_URL } from '../fixtures/live/reddit-thread';
import { mentionPoint, type CardSnapshot } from './card.support';
import { chromiumConsoleErrors } from './hostile-pages.console';
import { expectNoErrors, hostCount } from './hostile-pages.support';
import { expectedMarks, moreComments, readLiveMarks, THREAD } from './live-page.support';
import { robustnessRoutes, robustnessTests } from './robustness.support';
import { describeInBrowser } from './support/browser-session';
import { evaluateInChromiumCard } from './support/card-root';
import { ChromiumBrowser } from './support/chromium-browser';

describeInBrowser('Chromium: corrupt storage, extension reloads, a stopped service worker', () => ChromiumBrowser.launch(robustnessRoutes()), (session) => {
  robustnessTests(session);

  const chromium = () => session().chromium;

  /** Whether a card is open in `page` (its dialog in our closed root). */
  const openCard = (page: Page): Promise<CardSnapshot | null> =>
    evaluateInChromiumCard(page, (_host, root) => (root.querySelector('[role="dialog"]') ? ({} as CardSnapshot) : null), undefined);

  /** The extension's running service worker (a new one after a reload or a stop). */
  async function worker(): Promise<Worker> {
    const ours = () => chromium().context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${chromium().extensionId}/`));
    return ours() ?? (await chromium().context.waitForEvent('serviceworker', { timeout: 10_000 }));
  }

  /** An extension page in a tab: the extension's API without waking the service worker. */
  async function extensionPage(path = 'popup.html'): Promise<Page> {
    const page = await chromium().context.newPage();
    await page.route(/^chrome-extension:/, (route) => route.continue());
    await page.goto(`chrome-extension://${chromium().extensionId}/${path}`);
    return page;
  }

  async function tabIdOf(tabPage: Page): Promise<number> {
    const api = await extensionPage();
    try {
      return await api.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]?.id ?? -1, tabPage.url());
    } finally {
      await api.close();
    }
  }

  async function badgeOf(tabPage: Page): Promise<string> {
    const tabId = await tabIdOf(tabPage);
    const api = await extensionPage();
    try {
      return await api.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    } finally {
      await api.close();
    }
  }

  async function openThread(): Promise<{ page: Page; errors: string[] }> {
    const page = await chromium().context.newPage();
    const errors = await chromiumConsoleErrors(page);
    await page.goto(THREAD_URL);
    await expectThreadMarked(page, expectedMarks(THREAD));
    return { page, errors };
  }

  async function expectThreadMarked(page: Page, expected: string[]): Promise<void> {
    await expect.poll(() => page.evaluate(readLiveMarks), { timeout: 10_000 }).toEqual(expected);
    await expect.poll(() => badgeOf(page), { timeout: 10_000, interval: 250 }).toBe(String(expected.length));
  }

  async function hover(page: Page, text: string): Promise<void> {
    const point = await page.evaluate(mentionPoint, text);
    if (!point) throw new Error(`“${text}” is not marked`);
    await page.mouse.move(Math.max(1, point.x - 30), Math.max(1, point.y - 30));
    await page.mouse.move(point.x, point.y, { steps: 4 });
  }

  it('keeps the badge and the popup right for a tab when the service worker is stopped, and counts new content', async () => {
    const { page, errors } = await openThread();
    const cdp = await chromium().context.newCDPSession(page);
    const workerTargets = async () => {
      const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] };
      return targetInfos.filter((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${chromium().extensionId}/`));
    };
    // Target.closeTarget reports success on a worker target but leaves it running.
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await expect.poll(async () => (await workerTargets()).length, { timeout: 10_000 }).toBe(0);

    const expected = expectedMarks(THREAD);
    expect(await badgeOf(page)).toBe(String(expected.length));
    const popup = await extensionPage(`popup.html?tab=${await tabIdOf(page)}`);
    await expect.poll(() => popup.locator('.summary').textContent()).toMatch(new RegExp(`^${expected.length} mentions`));
    await popup.close();

    const more = moreComments(0, 4);
    await page.evaluate((html) => document.getElementById('comment-tree')!.insertAdjacentHTML('beforeend', html), more.map(commentHtml).join(''));
    await expectThreadMarked(page, expectedMarks({ ...THREAD, comments: [...THREAD.comments, ...more] }));
    await expect.poll(async () => (await workerTargets()).length).toBe(1);
    expectNoErrors(errors);
    await page.close();
  });
  // Last: an extension loaded with --load-extension does not come back from runtime.reload() here.
  it('tears the old content script down cleanly when the extension reloads', async () => {
    const { page, errors } = await openThread();
    await hover(page, 'lower back gets really tight');
    await expect.poll(() => openCard(page)).not.toBeNull();
    const formerMark = (await page.evaluate(mentionPoint, 'pain between my shoulder blades'))!;
    const before = await worker();
    await before.evaluate(() => chrome.runtime.reload()).catch(() => {
      // The worker is gone before it can answer.
    });

    // The orphaned script notices (WXT checks every second) and takes its marks and card away.
    await expect.poll(() => page.evaluate(() => CSS.highlights.size), { timeout: 5000 }).toBe(0);
    expect(await page.evaluate(hostCount)).toBe(0);
    await page.mouse.move(formerMark.x, formerMark.y, { steps: 4 });
    await page.evaluate((html) => document.getElementById('comment-tree')!.insertAdjacentHTML('beforeend', html), commentHtml(moreComments(0, 1)[0]!));
    await page.waitForTimeout(1500);
    expect(await openCard(page)).toBeNull();
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    expectNoErrors(errors);
    await page.close();
  });
});
