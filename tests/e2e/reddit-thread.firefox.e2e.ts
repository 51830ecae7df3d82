import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_THREAD } from './support/demo-pages';
import { expectedActiveMentions } from './support/expected-marks';
import { FirefoxSession } from './support/firefox';
import { FixtureRoutes } from './support/fixture-routes';
import { readHighlight } from './support/page-marks';

describe('Firefox: a Reddit running thread', () => {
  let session: FirefoxSession;
  const expected = expectedActiveMentions(DEMO_THREAD);

  beforeAll(async () => {
    session = await FirefoxSession.launch(new FixtureRoutes([DEMO_THREAD]));
  });
  afterAll(() => session?.close());

  it('marks every active mention with one highlight range, and only those', async () => {
    const page = await session.open(DEMO_THREAD.url);
    await expect.poll(() => page.evaluate(readHighlight, 'backlight-active')).toEqual(expected);
    expect(await page.evaluate(readHighlight, 'backlight-active')).toContain('mid back burning');
    await page.close();
  });

  it('shows the count on the toolbar badge', async () => {
    const page = await session.open(DEMO_THREAD.url);
    await expect.poll(() => session.badge(DEMO_THREAD.url)).toBe(String(expected.length));
    await page.close();
  });

  it('lists the tab’s mentions in the popup', async () => {
    const page = await session.open(DEMO_THREAD.url);
    await expect.poll(() => session.badge(DEMO_THREAD.url)).toBe(String(expected.length));
    const popup = await session.openExtensionPage(`popup.html?tab=${await session.tabId(DEMO_THREAD.url)}`);
    await popup.waitForSelector('[aria-label="Mentions"] .mentions > li');
    const items = await popup.$$eval('[aria-label="Mentions"] .mentions > li', (lis) => lis.map((li) => li.textContent ?? ''));
    expect(items).toHaveLength(expected.length);
    expect(items.join('\n')).toContain('mid back burning');
    await popup.close();
    await page.close();
  });

  it('never touches the network', () => {
    expect(session.routes.unexpected()).toEqual([]);
  });
});
