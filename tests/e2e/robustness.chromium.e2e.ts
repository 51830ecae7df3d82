import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commentHtml, THREAD_URL, threadPageHtml } from '../fixtures/live/reddit-thread';
import { mentionPoint, readCard } from './card.support';
import { chromiumConsoleErrors } from './hostile-pages.console';
import { expectNoErrors, hostCount } from './hostile-pages.support';
import { expectedMarks, moreComments, readLiveMarks, THREAD } from './live-page.support';
import { ChromiumSession } from './support/chromium';
import { FixtureRoutes } from './support/fixture-routes';

/** Stored values that are not settings: wrong types, wrong shapes, a version that is not one. */
const GARBAGE: Record<string, unknown>[] = [
  { settings: 'garbage' },
  { settings: [1, 2, 3] },
  { settings: { regions: 'all', disabledHosts: 42, highlight: null, dismissed: 'x', sites: [] } },
  { settings: { cardDelayMs: 200 }, settings$: 'not a version' },
];

/**
 * Chromium: all a page's console shows, from every world: each `console.*` call, uncaught exceptions,
 * and the browser's warnings and errors. `chromiumConsoleErrors` leaves out the warnings and logs.
 */
async function chromiumConsoleMessages(page: Page): Promise<string[]> {
  const messages: string[] = [];
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails: d }) => messages.push(`uncaught: ${d.exception?.description ?? d.text}`));
  cdp.on('Runtime.consoleAPICalled', ({ type, args }) => {
    messages.push(`console.${type}: ${args.map((a) => a.description ?? String(a.value)).join(' ')}`);
  });
  cdp.on('Log.entryAdded', ({ entry }) => {
    if (entry.level === 'warning' || entry.level === 'error') messages.push(`${entry.source}: ${entry.text}`);
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Log.enable');
  return messages;
}

describe('Chromium: corrupt storage, extension reloads, a stopped service worker', () => {
  let session: ChromiumSession;

  beforeAll(async () => {
    const routes = new FixtureRoutes();
    routes.addHtml(THREAD_URL, threadPageHtml(THREAD));
    session = await ChromiumSession.launch(routes);
  });
  afterAll(() => session?.close());

  /** The extension's running service worker (a new one after a reload or a stop). */
  async function worker(): Promise<Worker> {
    const ours = () => session.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${session.extensionId}/`));
    return ours() ?? (await session.context.waitForEvent('serviceworker', { timeout: 10_000 }));
  }

  /** An extension page in a tab: the extension's API without waking the service worker. */
  async function extensionPage(path = 'popup.html'): Promise<Page> {
    const page = await session.context.newPage();
    await page.route(/^chrome-extension:/, (route) => route.continue());
    await page.goto(`chrome-extension://${session.extensionId}/${path}`);
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
    const page = await session.context.newPage();
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

  for (const garbage of GARBAGE) {
    it(`marks with the defaults when storage holds ${JSON.stringify(garbage)}`, async () => {
      await (await worker()).evaluate((items) => chrome.storage.local.set(items), garbage);
      const { page, errors } = await openThread();
      await hover(page, 'lower back gets really tight');
      await expect.poll(() => page.evaluate(readCard)).not.toBeNull();
      expectNoErrors(errors);
      await page.close();
      await (await worker()).evaluate((keys) => chrome.storage.local.remove(keys), Object.keys(garbage));
    });
  }

  it('marks without a word in the page console when the settings were stored by a newer version', async () => {
    const newer = { settings: { cardDelayMs: 200, optionOfANewerVersion: true }, settings$: { v: 99 } };
    await (await worker()).evaluate((items) => chrome.storage.local.set(items), newer);
    const page = await session.context.newPage();
    const messages = await chromiumConsoleMessages(page);
    await page.goto(THREAD_URL);
    await expectThreadMarked(page, expectedMarks(THREAD));
    expect(messages).toEqual([]);
    // Read as they are, not migrated back or rewritten as ours.
    expect(await (await worker()).evaluate(() => chrome.storage.local.get(['settings', 'settings$']))).toEqual(newer);
    await page.close();
    await (await worker()).evaluate(() => chrome.storage.local.remove(['settings', 'settings$']));
  });

  it('tells the reader on the options page when the stored settings are not settings at all', async () => {
    await (await worker()).evaluate(() => chrome.storage.local.set({ settings: 'garbage' }));
    const options = await extensionPage('options.html');
    await options.getByRole('alert').waitFor();
    expect(await options.getByRole('checkbox', { name: /toolbar button/ }).isChecked()).toBe(true);
    await options.close();
    await (await worker()).evaluate(() => chrome.storage.local.remove('settings'));
  });

  it('keeps the badge and the popup right for a tab when the service worker is stopped, and counts new content', async () => {
    const { page, errors } = await openThread();
    const cdp = await session.context.newCDPSession(page);
    const workerTargets = async () => {
      const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] };
      return targetInfos.filter((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${session.extensionId}/`));
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
    await expect.poll(() => page.evaluate(readCard)).not.toBeNull();
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
    expect(await page.evaluate(readCard)).toBeNull();
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    expectNoErrors(errors);
    await page.close();
  });
});
