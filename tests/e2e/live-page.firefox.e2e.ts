import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OTHER_THREAD, THREAD, LIVE_SCENARIOS, readLiveMarks, type LivePage } from './live-page.support';
import { FirefoxSession } from './support/firefox';
import { FixtureRoutes } from './support/fixture-routes';
import { OTHER_THREAD_URL, THREAD_URL, threadPageHtml } from '../fixtures/live/reddit-thread';

describe('Firefox: a live Reddit thread', () => {
  let session: FirefoxSession;

  beforeAll(async () => {
    const routes = new FixtureRoutes();
    routes.addHtml(THREAD_URL, threadPageHtml(THREAD));
    routes.addHtml(OTHER_THREAD_URL, threadPageHtml(OTHER_THREAD));
    session = await FirefoxSession.launch(routes);
  });
  afterAll(() => session?.close());

  const live = (page: Page): LivePage => ({
    run: async (fn, arg) => void (await page.evaluate(fn as (arg: unknown) => void, arg as unknown)),
    marks: () => page.evaluate(readLiveMarks),
    // The badge is found by the tab's URL, which an SPA navigation changes.
    badge: async () => session.badge(await page.evaluate(() => location.href)),
  });

  for (const scenario of LIVE_SCENARIOS) {
    it(scenario.name, async () => {
      const page = await session.open(THREAD_URL);
      await scenario.run(live(page));
      await page.close();
    });
  }

  it('never touches the network', () => {
    expect(session.routes.unexpected()).toEqual([]);
  });
});
