import type { CDPSession } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { notThePages, privacyPageTests, privacyRoutes } from './privacy.support';
import { describeInBrowser } from './support/browser-session';
import { ChromiumBrowser } from './support/chromium-browser';

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

describeInBrowser('Chromium: privacy — no request of the extension’s own, on any page', () => ChromiumBrowser.launch(privacyRoutes()), (session) => {
  let workerRequests: string[];

  beforeAll(async () => {
    const { chromium } = session();
    const blank = await chromium.context.newPage();
    workerRequests = await watchWorkerNetwork(await chromium.context.newCDPSession(blank), chromium.extensionId);
  });

  const canary = 'https://canary.invalid/backlight-privacy-canary';
  it('hears the service worker’s requests (so an empty list below means something)', async () => {
    await session().chromium.worker.evaluate((url) => fetch(url).catch(() => undefined), canary);
    await expect.poll(() => workerRequests).toContain(canary);
  });

  privacyPageTests(session);

  it('made no request: not from the pages’ tabs, the popup, nor the service worker', () => {
    // The canary reaches every list: Playwright's routes and request events see the worker too.
    const ours = (urls: readonly string[]) => notThePages(urls).filter((url) => url !== canary);
    expect(ours(session().routes.unexpected())).toEqual([]);
    expect(ours(session().requests)).toEqual([]);
    expect(ours(workerRequests)).toEqual([]);
  });
});
