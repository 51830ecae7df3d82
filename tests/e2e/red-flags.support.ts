import { expect, it } from 'vitest';
import { BADGE_COLOURS } from '../../extension/badge';
import { analyze } from '../../core/analyze';
import { readSavedPage } from '../../scripts/saved-page';
import { uiText } from '../../ui-text/ui-text';
import type { BrowserSession } from './support/browser-session';
import { expectedActiveMentions, fixtureHtml } from './support/expected-marks';
import { RED_FLAG_THREAD } from './support/demo-pages';
import { FixtureRoutes, type FixturePage } from './support/fixture-routes';
import { readHighlight } from './support/page-marks';
import { AXE_SERIOUS_VIOLATIONS } from './support/popup-axe';
import { openFirstCause, POPUP_HEIGHT, readFirstScreen, readLibraryLanding, type FirstScreen } from './popup-first-screen';

// Shared by red-flags.chromium.e2e.ts and red-flags.firefox.e2e.ts (CONTRACT §3: red flags seen
// without hovering). Functions marked "in the page" are serialised into the page's main world.

/** A thread whose one mention comes with no warning sign. */
const CALM_THREAD_URL = 'https://www.reddit.com/r/running/comments/1calm01/tight_upper_back/';
const CALM_THREAD_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shrugging on long runs</title></head><body>
  <shreddit-post author="easy_ed" post-title="Shrugging on long runs"><h1 slot="title">Shrugging on long runs</h1>
  <section slot="text-body"><article id="t3_calm-post-rtjson-content"><p>My upper back gets tight on long runs, mostly from shrugging.</p></article></section>
  </shreddit-post></body></html>`;

export function redFlagRoutes(): FixtureRoutes {
  const routes = new FixtureRoutes([RED_FLAG_THREAD]);
  routes.addHtml(CALM_THREAD_URL, CALM_THREAD_HTML);
  return routes;
}

/** The red-flag words the page should mark, computed in Node: those of posts with an active mention. */
function expectedRedFlags(page: FixturePage): string[] {
  return readSavedPage(fixtureHtml(page), page.url).posts.flatMap((post) => {
    const analysis = analyze(post.text);
    return analysis.mentions.some((m) => m.status === 'active') ? analysis.redFlags.map((flag) => flag.text) : [];
  });
}

/** `#rrggbb` as the `[r, g, b, a]` a badge reports. */
function rgba(hex: string): number[] {
  return [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16)).concat(255);
}

/** In the page: how the red-flag and the ordinary marks are drawn, read from the text they cover. */
function markStyles(): Record<'redFlag' | 'active', { line: string; style: string; colour: string }> {
  const read = (name: string) => {
    const range = [...(CSS.highlights.get(name) ?? [])][0] as Range | undefined;
    const element = range?.startContainer.parentElement;
    const s = element ? getComputedStyle(element, `::highlight(${name})`) : null;
    return { line: s?.textDecorationLine ?? '', style: s?.textDecorationStyle ?? '', colour: s?.textDecorationColor ?? '' };
  };
  return { redFlag: read('backlight-red-flag'), active: read('backlight-active') };
}

/** Every bottom edge given lies in the popup's first screen. */
function expectWithinFirstScreen(screen: FirstScreen, bottoms: (number | null)[]): void {
  for (const bottom of bottoms) {
    expect(bottom, JSON.stringify(screen)).not.toBeNull();
    expect(bottom!, JSON.stringify(screen)).toBeLessThanOrEqual(POPUP_HEIGHT);
  }
}

/** The red-flag tests, for a session launched with `redFlagRoutes()`. */
export function redFlagTests(session: () => BrowserSession): void {
  it('marks each red flag of a post with a mention over its words, and colours the badge', async () => {
    const expected = expectedRedFlags(RED_FLAG_THREAD);
    expect(expected).toEqual(['my legs went numb', 'wakes me up at night']);
    const tab = await session().openTab(RED_FLAG_THREAD.url);
    await expect.poll(() => tab.evaluate(readHighlight, 'backlight-red-flag')).toEqual(expected);
    expect(await tab.evaluate(readHighlight, 'backlight-active')).toEqual(expectedActiveMentions(RED_FLAG_THREAD));
    await expect.poll(() => tab.badgeColour()).toEqual(rgba(BADGE_COLOURS.redFlags));
    expect(await tab.badge()).toBe(String(expected.length + 1));
    await tab.close();
  });

  it('draws red flags unlike the ordinary marks, in line style as well as colour', async () => {
    const tab = await session().openTab(RED_FLAG_THREAD.url);
    await expect.poll(() => tab.evaluate(readHighlight, 'backlight-red-flag')).toHaveLength(2);
    const styles = await tab.evaluate(markStyles);
    expect(styles.redFlag.line).toContain('underline');
    expect(styles.redFlag.style).toBe('double');
    expect(styles.active.style).toBe('wavy');
    expect(styles.redFlag.colour).not.toBe(styles.active.colour);
    await tab.close();
  });

  it('keeps the ordinary badge colour and registers no red-flag highlight on a page without red flags', async () => {
    const tab = await session().openTab(CALM_THREAD_URL);
    await expect.poll(() => tab.evaluate(readHighlight, 'backlight-active')).toHaveLength(1);
    await expect.poll(() => tab.badgeColour()).toEqual(rgba(BADGE_COLOURS.marks));
    expect(await tab.evaluate(() => CSS.highlights.has('backlight-red-flag'))).toBe(false);
    await tab.close();
  });

  it('answers first in a 600-px popup: summary, warning signs, top factors, and what can help folded under the emergency', async () => {
    const tab = await session().openTab(RED_FLAG_THREAD.url);
    await expect.poll(() => tab.badge()).toBe('3');
    const popup = await tab.openPopup();
    await popup.waitForSelector('.page-view .summary');
    const screen = await popup.evaluate(readFirstScreen);
    expect(screen.scrollY).toBe(0);
    expect(screen.causes.length).toBeGreaterThan(0);
    expect(screen.remedyHeadings.length).toBe(3);
    expect(screen.remedyHeadings.every((h) => h.folded)).toBe(true);
    expect(screen.emergencyFold).not.toBeNull();
    expect(screen.mentionsFolded).toBe(true);
    expectWithinFirstScreen(screen, [screen.summary, screen.redFlags, ...screen.causes, screen.emergencyFold]);
    expect(await popup.evaluate(AXE_SERIOUS_VIOLATIONS as unknown as () => Promise<string[]>)).toEqual([]);
    await popup.close();
    await tab.close();
  });

  it('says whose post each warning sign is in, with its words, and shows that post on the page', async () => {
    const [poster, reply] = readSavedPage(fixtureHtml(RED_FLAG_THREAD), RED_FLAG_THREAD.url).posts;
    const firstMark = analyze(poster!.text).mentions.find((m) => m.status === 'active')!.text;
    const tab = await session().openTab(RED_FLAG_THREAD.url);
    await expect.poll(() => tab.badge()).toBe('3');
    const popup = await tab.openPopup();
    await popup.waitForSelector('.red-flags li');
    const lines = await popup.evaluate(() => [...document.querySelectorAll('.red-flags li .quote')].map((q) => q.textContent));
    expect(lines).toEqual([
      `Warning signs in ${poster!.label}’s post: ‘my legs went numb’`,
      `Warning signs in ${reply!.label}’s post: ‘wakes me up at night’`,
    ]);
    await popup.evaluate(() => document.querySelector<HTMLButtonElement>('.red-flags li .reveal-post')!.click());
    await expect.poll(() => tab.evaluate(readHighlight, 'backlight-focus')).toEqual([firstMark]);
    await popup.close();
    await tab.close();
  });

  it('shows three remedies by name in the first 600 px of a page without warning signs, and opens a factor in the Library', async () => {
    const tab = await session().openTab(CALM_THREAD_URL);
    await expect.poll(() => tab.badge()).toBe('1');
    const popup = await tab.openPopup();
    await popup.waitForSelector('.page-view .summary');
    const screen = await popup.evaluate(readFirstScreen);
    expect(screen.redFlags).toBeNull();
    expect(screen.causes.length).toBeGreaterThan(0);
    expect(screen.remedyHeadings.map((h) => h.folded)).toEqual([false, false, false]);
    expect(screen.mentionsFolded).toBe(true);
    expectWithinFirstScreen(screen, [screen.summary, ...screen.causes, ...screen.remedyHeadings.map((h) => h.bottom)]);

    const entry = await popup.evaluate(openFirstCause);
    expect(entry).toMatch(/^entry-cause-/);
    await expect.poll(() => popup.evaluate(readLibraryLanding)).toMatchObject({ tab: uiText().popup.libraryTab, focused: entry });
    const landing = await popup.evaluate(readLibraryLanding);
    // Scrolled to the entry's top edge, give or take a sub-pixel.
    expect(landing.top).toBeGreaterThan(-1);
    expect(landing.top).toBeLessThan(POPUP_HEIGHT);
    expect(await popup.evaluate(AXE_SERIOUS_VIOLATIONS as unknown as () => Promise<string[]>)).toEqual([]);
    await popup.close();
    await tab.close();
  });

  it('never touches the network', () => {
    expect(session().routes.unexpected()).toEqual([]);
  });
}
