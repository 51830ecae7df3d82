import { expect, it } from 'vitest';
import { EXPECTED_MARKS, redditThreadRoutes, redditThreadTests } from './reddit-thread.support';
import { describeInBrowser } from './support/browser-session';
import { DEMO_THREAD } from './support/demo-pages';
import { FirefoxBrowser } from './support/firefox-browser';

const MENTION_ITEMS = '[aria-label="Mentions"] .mentions > li';

describeInBrowser('Firefox: a Reddit running thread', () => FirefoxBrowser.launch(redditThreadRoutes()), (session) => {
  it('lists the tab’s mentions in the popup', async () => {
    const tab = await session().openTab(DEMO_THREAD.url);
    await expect.poll(() => tab.badge()).toBe(String(EXPECTED_MARKS.length));
    const popup = await tab.openPopup();
    await popup.waitForSelector(MENTION_ITEMS);
    const items = await popup.evaluate((selector) => [...document.querySelectorAll(selector)].map((li) => li.textContent ?? ''), MENTION_ITEMS);
    expect(items).toHaveLength(EXPECTED_MARKS.length);
    expect(items.join('\n')).toContain('mid back burning');
    await popup.close();
    await tab.close();
  });

  redditThreadTests(session);
});
