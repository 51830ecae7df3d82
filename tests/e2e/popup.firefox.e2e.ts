import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FirefoxSession } from './support/firefox';
import { FixtureRoutes, type FixturePage } from './support/fixture-routes';
import { readHighlight } from './support/page-marks';
import { AXE_SERIOUS_VIOLATIONS } from './support/popup-axe';

const RED_FLAG_THREAD: FixturePage = {
  url: 'https://www.reddit.com/r/running/comments/2redfl/back_and_chest_after_hill_repeats/',
  file: 'popup/red-flag-thread.html',
};

describe('Firefox: the popup and the options page', () => {
  let session: FirefoxSession;

  beforeAll(async () => {
    session = await FirefoxSession.launch(new FixtureRoutes([RED_FLAG_THREAD]));
  });
  afterAll(() => session?.close());

  it('shows the summary, then the tab’s red flag, and reveals a mention on the page', async () => {
    const page = await session.open(RED_FLAG_THREAD.url);
    await expect.poll(() => session.badge(RED_FLAG_THREAD.url)).toBe('2');
    const popup = await session.openExtensionPage(`popup.html?tab=${await session.tabId(RED_FLAG_THREAD.url)}`);
    await popup.waitForSelector('.page-view');
    const [summary, banner] = await popup.$eval('.page-view', (view) => [
      view.firstElementChild?.matches('.summary') ? view.firstElementChild.textContent : '',
      view.firstElementChild?.nextElementSibling?.querySelector('h2')?.textContent ?? '',
    ]);
    expect(summary).toBe('2 mentions; warning signs in 1 post');
    expect(banner).toContain('Emergency: get help now');
    // No extension may open Firefox's shortcut settings: the popup says where they are.
    expect(await popup.$$eval('.shortcut-list button', (buttons) => buttons.length)).toBe(0);
    expect(await popup.$eval('.shortcut-list', (list) => list.textContent)).toContain('Manage Extension Shortcuts');
    expect(await popup.evaluate(AXE_SERIOUS_VIOLATIONS)).toEqual([]);

    await popup.$eval('details.every-mention > summary', (summary) => (summary as HTMLElement).click());
    await popup.$$eval('.mention-button', (buttons) =>
      (buttons.find((b) => b.textContent?.includes('lower back hurts')) as HTMLButtonElement).click(),
    );
    await expect.poll(() => page.evaluate(readHighlight, 'backlight-focus')).toEqual(['lower back hurts']);

    await popup.focus('[role="tab"][aria-selected="true"]');
    await popup.keyboard.press('ArrowRight');
    await popup.waitForSelector('input[type="search"]');
    expect(await popup.evaluate(AXE_SERIOUS_VIOLATIONS)).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('copies a report of the page’s marks from the button under the adapter line', async () => {
    const page = await session.open(RED_FLAG_THREAD.url);
    await expect.poll(() => session.badge(RED_FLAG_THREAD.url)).toBe('2');
    const popup = await session.openExtensionPage(`popup.html?tab=${await session.tabId(RED_FLAG_THREAD.url)}`);
    await popup.waitForSelector('.report-mark button');
    await popup.click('.report-mark button');
    await popup.waitForFunction(() => document.querySelector('.report-mark [role="status"]')?.textContent !== '');
    expect(await popup.$eval('.report-mark [role="status"]', (p) => p.textContent)).toMatch(/^Report copied\./);
    // Pasted back where a reader would: into a text box.
    await popup.evaluate(() => document.body.prepend(Object.assign(document.createElement('textarea'), { id: 'paste-here' })));
    await popup.focus('#paste-here');
    await popup.keyboard.down('Control');
    await popup.keyboard.press('v');
    await popup.keyboard.up('Control');
    const pasted = await popup.$eval('#paste-here', (box) => (box as HTMLTextAreaElement).value);
    expect(pasted).toContain(`Page: ${RED_FLAG_THREAD.url}`);
    expect(pasted).toContain('Marks on the page: 2');
    expect(pasted).toMatch(/Warning signs Backlight read: .*chest-pain/);
    expect(pasted.endsWith('What I expected: ')).toBe(true);
    await popup.close();
    await page.close();
  });

  it('keeps an option across a reload of the options page', async () => {
    const options = await session.openExtensionPage('options.html');
    await options.waitForSelector('input[type="checkbox"]');
    expect(await options.evaluate(AXE_SERIOUS_VIOLATIONS)).toEqual([]);
    const toggleAllOfReddit = () =>
      options.$$eval('label.check', (labels) =>
        labels.find((l) => l.textContent === 'All of Reddit')?.querySelector('input')?.click(),
      );
    await toggleAllOfReddit();
    await options.waitForFunction(() => document.querySelector('.status')?.textContent === 'Saved.');
    await options.close();

    const again = await session.openExtensionPage('options.html');
    await again.waitForSelector('input[type="checkbox"]');
    const checked = await again.$$eval('label.check', (labels) =>
      (labels.find((l) => l.textContent === 'All of Reddit')?.querySelector('input') as HTMLInputElement).checked,
    );
    expect(checked).toBe(true);
    await again.close();
  });

  it('never touches the network', () => {
    expect(session.routes.unexpected()).toEqual([]);
  });
});
