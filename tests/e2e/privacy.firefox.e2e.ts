import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mentionPoint, readCard } from './card.support';
import { firstMark, notThePages, PRIVACY_PAGES } from './privacy.support';
import { FirefoxSession } from './support/firefox';
import { FixtureRoutes } from './support/fixture-routes';

describe('Firefox: privacy — no request of the extension’s own, on any page', () => {
  let session: FirefoxSession;
  const popupRequests: string[] = [];

  beforeAll(async () => {
    session = await FirefoxSession.launch(new FixtureRoutes(PRIVACY_PAGES));
  });
  afterAll(() => session?.close());

  for (const fixture of PRIVACY_PAGES) {
    it(`${fixture.url}: marks, a card and the popup, without a request`, async () => {
      const page = await session.open(fixture.url);
      await expect.poll(() => session.badge(fixture.url), { timeout: 10_000, interval: 250 }).not.toBe('');
      const mark = await page.evaluate(firstMark);
      const point = mark && (await page.evaluate(mentionPoint, mark));
      if (point) {
        await page.mouse.move(Math.max(1, point.x - 30), Math.max(1, point.y - 30));
        await page.mouse.move(point.x, point.y, { steps: 4 });
        await expect.poll(() => page.evaluate(readCard), { timeout: 5000 }).not.toBeNull();
      }
      const popup = await session.openExtensionPage(`popup.html?tab=${await session.tabId(fixture.url)}`);
      popup.on('request', (request) => popupRequests.push(request.url()));
      await popup.waitForSelector('.summary');
      await popup.close();
      await page.close();
    });
  }

  it('made no request: not from the pages’ tabs nor the popup', () => {
    expect(notThePages(session.routes.unexpected())).toEqual([]);
    expect(notThePages(popupRequests)).toEqual([]);
  });
});
