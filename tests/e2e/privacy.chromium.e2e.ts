import type { CDPSession } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mentionPoint, readCard } from './card.support';
import { firstMark, notThePages, PRIVACY_PAGES } from './privacy.support';
import { ChromiumSession } from './support/chromium';
import { FixtureRoutes } from './support/fixture-routes';

/** Network requests of the extension's service worker, heard over CDP (Target messages, flatten: false). */
async function watchWorkerNetwork(cdp: CDPSession, extensionId: string): Promise<string[]> {
  const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] };
  const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`));
  if (!target) throw new Error('The extension has no running service worker');
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false })) as { sessionId: string };
  const urls: string[] = [];
  cdp.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
    const message = JSON.parse(event.message) as { method?: string; params?: { request?: { url: string } } };
    if (event.sessionId === sessionId && message.method === 'Network.requestWillBeSent') urls.push(message.params!.request!.url);
  });
  await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: 1, method: 'Network.enable', params: {} }) });
  return urls;
}

describe('Chromium: privacy — no request of the extension’s own, on any page', () => {
  let session: ChromiumSession;
  let workerRequests: string[];
  const contextRequests: string[] = [];

  beforeAll(async () => {
    session = await ChromiumSession.launch(new FixtureRoutes(PRIVACY_PAGES));
    session.context.on('request', (request) => contextRequests.push(request.url()));
    const blank = await session.context.newPage();
    workerRequests = await watchWorkerNetwork(await session.context.newCDPSession(blank), session.extensionId);
  });
  afterAll(() => session?.close());

  const canary = 'https://canary.invalid/backlight-privacy-canary';
  it('hears the service worker’s requests (so an empty list below means something)', async () => {
    await session.worker.evaluate((url) => fetch(url).catch(() => undefined), canary);
    await expect.poll(() => workerRequests).toContain(canary);
  });

  for (const fixture of PRIVACY_PAGES) {
    it(`${fixture.url}: marks, a card and the popup, without a request`, async () => {
      const page = await session.open(fixture.url);
      await expect.poll(() => session.badge(page), { timeout: 10_000 }).not.toBe('');
      const mark = await page.evaluate(firstMark);
      const point = mark && (await page.evaluate(mentionPoint, mark));
      if (point) {
        await page.mouse.move(Math.max(1, point.x - 30), Math.max(1, point.y - 30));
        await page.mouse.move(point.x, point.y, { steps: 4 });
        await expect.poll(() => page.evaluate(readCard), { timeout: 5000 }).not.toBeNull();
      }
      const popup = await session.openPopupInTab(page);
      await popup.locator('.summary').waitFor();
      await popup.close();
      await page.close();
    });
  }

  it('made no request: not from the pages’ tabs, the popup, nor the service worker', () => {
    // The canary reaches every list: Playwright's routes and request events see the worker too.
    const ours = (urls: string[]) => notThePages(urls).filter((url) => url !== canary);
    expect(ours(session.routes.unexpected())).toEqual([]);
    expect(ours(contextRequests)).toEqual([]);
    expect(ours(workerRequests)).toEqual([]);
  });
});
