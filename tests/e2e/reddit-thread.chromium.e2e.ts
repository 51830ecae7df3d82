import { expect, it } from 'vitest';
import { EXPECTED_MARKS, redditThreadRoutes, redditThreadTests } from './reddit-thread.support';
import { describeInBrowser } from './support/browser-session';
import { ChromiumBrowser } from './support/chromium-browser';
import { DEMO_THREAD } from './support/demo-pages';

describeInBrowser('Chromium: a Reddit running thread', () => ChromiumBrowser.launch(redditThreadRoutes()), (session) => {
  it('lists the tab’s mentions in the real popup', async () => {
    const { chromium } = session();
    const page = await chromium.open(DEMO_THREAD.url);
    await expect.poll(() => chromium.badge(page)).toBe(String(EXPECTED_MARKS.length));
    const popup = await chromium.openPopup(page);
    const items = await popup.waitFor<string[]>(
      `(() => { const l = [...document.querySelectorAll('[aria-label="Mentions"] .mentions > li')].map(li => li.textContent); return l.length ? l : null; })()`,
    );
    expect(items).toHaveLength(EXPECTED_MARKS.length);
    expect(items.join('\n')).toContain('mid back burning');
    await page.close();
  });

  redditThreadTests(session);
});
