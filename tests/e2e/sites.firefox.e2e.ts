import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedActiveMentions } from './support/expected-marks';
import { FirefoxSession } from './support/firefox';
import { FixtureRoutes } from './support/fixture-routes';
import { readHighlight } from './support/page-marks';
import { extensionRequests, SITE_PAGES } from './support/site-pages';
import { readPageDom, watchPageDom } from './sites.support';

describe('Firefox: every supported site at its real URL', () => {
  let session: FirefoxSession;

  beforeAll(async () => {
    session = await FirefoxSession.launch(new FixtureRoutes(SITE_PAGES));
  });
  afterAll(() => session?.close());

  for (const site of SITE_PAGES) {
    it(`${site.file}: marks exactly the active mentions, counts them, leaves the page's DOM alone`, async () => {
      const expected = expectedActiveMentions(site);
      const page = await session.open(site.url, (tab) => tab.evaluateOnNewDocument(watchPageDom));
      await expect.poll(() => page.evaluate(readHighlight, 'backlight-active'), { timeout: 10_000 }).toEqual(expected);
      await expect
        .poll(() => session.badge(site.url), { timeout: 10_000, interval: 250 })
        .toBe(expected.length ? String(expected.length) : '');
      const dom = await page.evaluate(readPageDom);
      expect(dom.changes).toEqual([]);
      expect(dom.after).toBe(dom.before);
      await page.close();
    });
  }

  it('makes no network request of its own', () => {
    expect(extensionRequests(session.routes.unexpected(), SITE_PAGES)).toEqual([]);
  });
});
