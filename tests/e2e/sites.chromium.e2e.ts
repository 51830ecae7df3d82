import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChromiumSession } from './support/chromium';
import { expectedActiveMentions } from './support/expected-marks';
import { FixtureRoutes } from './support/fixture-routes';
import { readHighlight } from './support/page-marks';
import { extensionRequests, SITE_PAGES } from './support/site-pages';
import { readPageDom, watchPageDom } from './sites.support';

describe('Chromium: every supported site at its real URL', () => {
  let session: ChromiumSession;

  beforeAll(async () => {
    session = await ChromiumSession.launch(new FixtureRoutes(SITE_PAGES));
    await session.context.addInitScript(watchPageDom);
  });
  afterAll(() => session?.close());

  for (const site of SITE_PAGES) {
    it(`${site.file}: marks exactly the active mentions, counts them, leaves the page's DOM alone`, async () => {
      const expected = expectedActiveMentions(site);
      const page = await session.open(site.url);
      await expect.poll(() => page.evaluate(readHighlight, 'backlight-active'), { timeout: 10_000 }).toEqual(expected);
      await expect.poll(() => session.badge(page), { timeout: 10_000 }).toBe(expected.length ? String(expected.length) : '');
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
