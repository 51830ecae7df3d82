import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChromiumSession } from './support/chromium';
import { DEMO_THREAD } from './support/demo-pages';
import { expectedActiveMentions } from './support/expected-marks';
import { FixtureRoutes } from './support/fixture-routes';
import { readHighlight } from './support/page-marks';

describe('Chromium: a Reddit running thread', () => {
  let session: ChromiumSession;
  const expected = expectedActiveMentions(DEMO_THREAD);

  beforeAll(async () => {
    session = await ChromiumSession.launch(new FixtureRoutes([DEMO_THREAD]));
  });
  afterAll(() => session?.close());

  it('marks every active mention with one highlight range, and only those', async () => {
    const page = await session.open(DEMO_THREAD.url);
    await expect.poll(() => page.evaluate(readHighlight, 'backlight-active')).toEqual(expected);
    const marks = await page.evaluate(readHighlight, 'backlight-active');
    expect(marks).toContain('mid back burning');
    expect(marks.join(' ')).not.toMatch(/back-to-back|back of my knee|Back to running/);
    await page.close();
  });

  it('shows the count on the toolbar badge', async () => {
    const page = await session.open(DEMO_THREAD.url);
    await expect.poll(() => session.badge(page)).toBe(String(expected.length));
    await page.close();
  });

  it('lists the tab’s mentions in the real popup', async () => {
    const page = await session.open(DEMO_THREAD.url);
    await expect.poll(() => session.badge(page)).toBe(String(expected.length));
    const popup = await session.openPopup(page);
    const items = await popup.waitFor<string[]>(
      `(() => { const l = [...document.querySelectorAll('[aria-label="Mentions"] .mentions > li')].map(li => li.textContent); return l.length ? l : null; })()`,
    );
    expect(items).toHaveLength(expected.length);
    expect(items.join('\n')).toContain('mid back burning');
    await page.close();
  });

  it('never touches the network', () => {
    expect(session.routes.unexpected()).toEqual([]);
  });
});
