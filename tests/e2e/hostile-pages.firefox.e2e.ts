import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mentionPoint, readCard } from './card.support';
import { firefoxConsoleErrors } from './hostile-pages.console';
import {
  expectNoErrors,
  expectPageHealthy,
  HOSTILE_ROUTES,
  HOSTILE_SCENARIOS,
  INJECTED,
  type HostilePage,
  type HostileScenario,
} from './hostile-pages.support';
import { FirefoxSession } from './support/firefox';
import { FixtureRoutes } from './support/fixture-routes';
import { THREAD_URL, threadPageHtml } from '../fixtures/live/reddit-thread';
import { THREAD } from './live-page.support';

describe('Firefox: hostile and odd pages', () => {
  let session: FirefoxSession;

  beforeAll(async () => {
    const routes = new FixtureRoutes();
    for (const route of [...HOSTILE_ROUTES, ...HOSTILE_SCENARIOS]) routes.addHtml(route.url, route.html());
    routes.addHtml(THREAD_URL, threadPageHtml(THREAD));
    session = await FirefoxSession.launch(routes);
  });
  afterAll(() => session?.close());

  async function open(scenario: Pick<HostileScenario, 'url' | 'init'>): Promise<{ page: Page; errors: string[] }> {
    let errors: string[] = [];
    const page = await session.open(scenario.url, async (tab) => {
      errors = firefoxConsoleErrors(tab);
      if (scenario.init) await tab.evaluateOnNewDocument(scenario.init);
    });
    return { page, errors };
  }

  const hostile = (page: Page): HostilePage => ({
    run: (fn, arg) => page.evaluate(fn as never, arg as never) as never,
    async hover(text, waitMs = 5000) {
      const point = await page.evaluate(mentionPoint, text);
      if (!point) throw new Error(`“${text}” is not marked`);
      await page.mouse.move(Math.max(1, point.x - 30), Math.max(1, point.y - 30));
      await page.mouse.move(point.x, point.y, { steps: 4 });
      await expect.poll(() => page.evaluate(readCard), { timeout: waitMs }).not.toBeNull().catch(() => undefined);
      return page.evaluate(readCard);
    },
    // The badge is found by the tab's URL, which an SPA navigation changes.
    badge: async () => session.badge(await page.evaluate(() => location.href)),
    async popup() {
      const tabId = await session.tabId(page.url());
      const popup = await session.openExtensionPage(`popup.html?tab=${tabId}`);
      await popup.waitForSelector('.mention-button');
      const view = await popup.evaluate(
        (selector) => ({ text: document.body.innerText, injected: document.querySelectorAll(selector).length }),
        INJECTED,
      );
      await popup.close();
      return view;
    },
    frames: () =>
      Promise.all(
        page.frames().slice(1).map(async (frame) => ({
          url: frame.url(),
          ...(await frame.evaluate(() => ({
            highlights: [...CSS.highlights.keys()].filter((k) => k.startsWith('backlight-')).length,
            hosts: document.querySelectorAll('[data-backlight-host]').length,
          }))),
        })),
      ),
    goto: async (url) => void (await page.goto(url)),
  });

  it('hears errors thrown in the content scripts’ world (so “no errors” below means something)', async () => {
    const { page, errors } = await open({ url: THREAD_URL });
    const tabId = await session.tabId(THREAD_URL);
    await session.withExtensionApi(
      (api, id) =>
        api.scripting.executeScript({
          target: { tabId: id },
          func: () => {
            console.error('backlight-canary');
            setTimeout(() => {
              throw new Error('backlight-canary-throw');
            });
          },
        }),
      tabId,
    );
    await page.bringToFront();
    await expect.poll(() => errors.join('\n')).toMatch(/backlight-canary[\s\S]*backlight-canary-throw/);
    await page.close();
  });

  for (const scenario of HOSTILE_SCENARIOS) {
    it(scenario.name, async () => {
      const { page, errors } = await open(scenario);
      const view = hostile(page);
      await page.bringToFront();
      await scenario.run(view);
      await expectPageHealthy(view);
      expectNoErrors(errors);
      await page.close();
    });
  }

  it('never touches the network', () => {
    expect(session.routes.unexpected()).toEqual([]);
  });
});
