import { expect, it } from 'vitest';
import { WHOLE_PAGE_MARKS } from '../../page/mark-window';
import { threadPageHtml, type Thread } from '../fixtures/live/reddit-thread';
import { hoverMention, readCard } from './card.support';
import { expectedMarks, moreComments, readLiveMarks, THREAD } from './live-page.support';
import type { BrowserSession, TabPage } from './support/browser-session';
import { readHighlight } from './support/page-marks';
import { FixtureRoutes } from './support/fixture-routes';

// A thread long enough that only the marks near the viewport are registered with CSS.highlights,
// while the badge, stepping and hover cards still reach every mention.

const LONG_URL = 'https://www.reddit.com/r/running/comments/1window/a_thousand_comments/';
/** 1,000 comments, one in two with an active mention: more marks than a page registers whole, fewer than the badge's 999+. */
const LONG_THREAD: Thread = { ...THREAD, comments: moreComments(0, 1000) };
const EXPECTED = expectedMarks(LONG_THREAD);

export function markWindowRoutes(): FixtureRoutes {
  const routes = new FixtureRoutes();
  routes.addHtml(LONG_URL, threadPageHtml(LONG_THREAD));
  return routes;
}

// --- In the page (self-contained) ---

/** Scrolls the post `thingid` to the middle of the viewport. */
function scrollToPost(thingid: string): void {
  document.querySelector(`[thingid="${thingid}"]`)!.scrollIntoView({ block: 'center', behavior: 'instant' });
}

// --- Driving the page ---

const postOf = (mark: string) => mark.slice(0, mark.indexOf(':'));
const textOf = (mark: string) => mark.slice(mark.indexOf(':') + 1);

/** The long thread in a new tab, once the content script has counted every mention. */
async function openLongThread(session: BrowserSession): Promise<TabPage> {
  const tab = await session.openTab(LONG_URL);
  await expect.poll(() => tab.badge(), { timeout: 20_000, interval: 250 }).toBe(String(EXPECTED.length));
  await expect.poll(() => tab.evaluate(readLiveMarks), { timeout: 10_000 }).not.toEqual([]);
  return tab;
}

/** The registered marks: one per active mention of a run of posts, in page order, and few. */
function expectAWindow(registered: readonly string[]): void {
  expect(registered.length).toBeGreaterThan(0);
  expect(registered.length).toBeLessThanOrEqual(WHOLE_PAGE_MARKS);
  const first = EXPECTED.indexOf(registered[0]!);
  expect(first).toBeGreaterThanOrEqual(0);
  expect(registered).toEqual(EXPECTED.slice(first, first + registered.length));
}

export function markWindowTests(session: () => BrowserSession): void {
  it('registers only the marks near the viewport, while the badge counts them all', async () => {
    expect(EXPECTED.length).toBeGreaterThan(WHOLE_PAGE_MARKS * 2);
    expect(EXPECTED.length).toBeLessThan(1000);
    const tab = await openLongThread(session());
    const registered = await tab.evaluate(readLiveMarks);
    expectAWindow(registered);
    // At the top of the page, the window starts with the first marks.
    expect(registered[0]).toBe(EXPECTED[0]);
    await tab.close();
  });

  it('registers a far post’s marks once the reader scrolls to it, and drops those left behind, and its card opens', async () => {
    const tab = await openLongThread(session());
    const far = EXPECTED.at(-3)!;
    expect(await tab.evaluate(readLiveMarks)).not.toContain(far);
    await tab.evaluate(scrollToPost, postOf(far));
    await expect.poll(() => tab.evaluate(readLiveMarks), { timeout: 5000 }).toContain(far);
    const registered = await tab.evaluate(readLiveMarks);
    expectAWindow(registered);
    expect(registered).not.toContain(EXPECTED[0]);
    expect(await tab.badge()).toBe(String(EXPECTED.length));
    const card = await hoverMention(tab, textOf(far));
    expect(card.name).toMatch(/^Back pain/);
    await tab.close();
  });

  it('steps to a mention outside the window: scrolls it in, registers it and opens its card', async () => {
    const tab = await openLongThread(session());
    const last = EXPECTED.at(-1)!;
    expect(await tab.evaluate(readLiveMarks)).not.toContain(last);
    // From the top, "previous" wraps round to the page's last mention.
    await tab.sendMessage({ type: 'backlight:step', step: 'previous' });
    await expect.poll(() => tab.evaluate(readHighlight, 'backlight-focus'), { timeout: 5000 }).toEqual([textOf(last)]);
    await expect.poll(() => readCard(tab), { timeout: 5000 }).not.toBeNull();
    await expect.poll(() => tab.evaluate(readLiveMarks), { timeout: 5000 }).toContain(last);
    expectAWindow(await tab.evaluate(readLiveMarks));
    await tab.close();
  });

  it('never touches the network', () => {
    expect(session().routes.unexpected()).toEqual([]);
  });
}
