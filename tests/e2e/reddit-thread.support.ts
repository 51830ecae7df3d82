import { expect, it } from 'vitest';
import type { BrowserSession } from './support/browser-session';
import { DEMO_THREAD } from './support/demo-pages';
import { expectedActiveMentions } from './support/expected-marks';
import { FixtureRoutes } from './support/fixture-routes';
import { readHighlight } from './support/page-marks';

// Shared by reddit-thread.chromium.e2e.ts and reddit-thread.firefox.e2e.ts.

export const redditThreadRoutes = (): FixtureRoutes => new FixtureRoutes([DEMO_THREAD]);

/** What the demo thread's tab should mark, in order. */
export const EXPECTED_MARKS = expectedActiveMentions(DEMO_THREAD);

/** The thread's marks and badge, for a session launched with `redditThreadRoutes()`. */
export function redditThreadTests(session: () => BrowserSession): void {
  it('marks every active mention with one highlight range, and only those', async () => {
    const tab = await session().openTab(DEMO_THREAD.url);
    await expect.poll(() => tab.evaluate(readHighlight, 'backlight-active')).toEqual(EXPECTED_MARKS);
    const marks = await tab.evaluate(readHighlight, 'backlight-active');
    expect(marks).toContain('mid back burning');
    expect(marks.join(' ')).not.toMatch(/back-to-back|back of my knee|Back to running/);
    await tab.close();
  });

  it('shows the count on the toolbar badge', async () => {
    const tab = await session().openTab(DEMO_THREAD.url);
    await expect.poll(() => tab.badge()).toBe(String(EXPECTED_MARKS.length));
    await tab.close();
  });

  it('never touches the network', () => {
    expect(session().routes.unexpected()).toEqual([]);
  });
}
