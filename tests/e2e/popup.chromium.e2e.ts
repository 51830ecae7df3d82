import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ChromiumSession, PopupTarget } from './support/chromium';
import { FixtureRoutes, type FixturePage } from './support/fixture-routes';
import { readHighlight } from './support/page-marks';
import { AXE_SERIOUS_VIOLATIONS } from './support/popup-axe';

const RED_FLAG_THREAD: FixturePage = {
  url: 'https://www.reddit.com/r/running/comments/2redfl/back_and_chest_after_hill_repeats/',
  file: 'popup/red-flag-thread.html',
};
const OTHER_SITE = 'https://forum.example.org/t/long-runs/1';
const LETSRUN = 'https://www.letsrun.com/forum/flat_read.php?thread=1';

/** Runs `body` in the popup and returns its value (the popup's own `document`). */
const inPopup = <T>(popup: PopupTarget, body: string) => popup.evaluate<T>(`(async () => { ${body} })()`);

describe('Chromium: the real popup', () => {
  let session: ChromiumSession;
  let page: Page;
  let popup: PopupTarget;

  beforeAll(async () => {
    const routes = new FixtureRoutes([RED_FLAG_THREAD]);
    routes.addHtml(OTHER_SITE, '<!doctype html><title>Forum</title><p>My mid back aches after long runs.</p>');
    routes.addHtml(LETSRUN, '<!doctype html><title>LetsRun</title><p>My lower back aches.</p>');
    session = await ChromiumSession.launch(routes);
    page = await session.open(RED_FLAG_THREAD.url);
    await vi.waitFor(async () => expect(await session.badge(page)).toBe('2'), { timeout: 10_000, interval: 100 });
    popup = await session.openPopup(page);
  });
  afterAll(() => session?.close());

  it('shows the summary, then the emergency banner, then the page’s factors', async () => {
    const view = await popup.waitFor<{ first: string; summary: string; causes: string; adapter: string }>(`(() => {
      const panel = document.querySelector('[role="tabpanel"]');
      const summary = panel?.querySelector('.page-view')?.firstElementChild;
      if (!summary?.matches('.summary')) return null;
      return {
        first: summary.nextElementSibling?.querySelector('h2')?.textContent ?? '',
        summary: summary.textContent ?? '',
        causes: document.querySelector('[aria-labelledby="causes-heading"]')?.textContent ?? '',
        adapter: document.querySelector('.adapter')?.textContent ?? '',
      };
    })()`);
    expect(view.first).toContain('Emergency: get help now');
    expect(view.summary).toBe('2 mentions; warning signs in 1 post');
    expect(view.causes).toContain('‘hill repeats’');
    expect(view.adapter).toBe('Read with the Reddit reader.');
  });

  it('scrolls the page to a mention and flashes it when the mention is clicked', async () => {
    const before = await page.evaluate(() => window.scrollY);
    await inPopup(popup, `document.querySelector('details.every-mention').open = true;
      [...document.querySelectorAll('.mention-button')].find((b) => b.textContent.includes('lower back hurts')).click();`);
    await expect.poll(() => page.evaluate(readHighlight, 'backlight-focus')).toEqual(['lower back hurts']);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before);
  });

  it('has no serious accessibility problems on the page view and the library', async () => {
    expect(await popup.evaluate<string[]>(AXE_SERIOUS_VIOLATIONS)).toEqual([]);
    await inPopup(popup, `document.querySelector('[role="tab"][aria-selected="true"]').dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));`);
    await popup.waitFor(`document.querySelector('input[type="search"]') !== null`);
    expect(await popup.evaluate<string[]>(AXE_SERIOUS_VIOLATIONS)).toEqual([]);
  });

  it('searches the library', async () => {
    const headings = await inPopup<string[]>(
      popup,
      `const input = document.querySelector('input[type="search"]');
       input.value = 'treadmill';
       input.dispatchEvent(new Event('input', { bubbles: true }));
       await new Promise((r) => setTimeout(r, 50));
       return [...document.querySelectorAll('.library h2')].map((h) => h.textContent);`,
    );
    expect(headings).toContain('Possible factors');
    const status = await popup.evaluate<string>(`document.querySelector('.result-count').textContent`);
    expect(status).toMatch(/^\d+ results?$/);
  });

  it('copies a report of the page’s marks from the button under the adapter line', async () => {
    await inPopup(popup, `document.querySelector('[role="tab"]').click();`);
    await popup.evaluate(`[...document.querySelectorAll('button')].find((b) => b.textContent === 'Report a wrong or missed mark').click()`, { userGesture: true });
    const status = await popup.waitFor<string>(`document.querySelector('.report-mark [role="status"]')?.textContent`);
    expect(status).toMatch(/^Report copied\./);
    // Pasted back where a reader would: into a text box of the page.
    await page.bringToFront();
    await page.evaluate(() => document.body.prepend(Object.assign(document.createElement('textarea'), { id: 'paste-here' })));
    await page.focus('#paste-here');
    await page.keyboard.press('Control+V');
    const pasted = await page.evaluate(() => (document.getElementById('paste-here') as HTMLTextAreaElement).value);
    await page.evaluate(() => document.getElementById('paste-here')!.remove());
    expect(pasted).toContain(`Page: ${RED_FLAG_THREAD.url}`);
    expect(pasted).toContain('Marks on the page: 2');
    expect(pasted).toMatch(/Warning signs Backlight read: .*chest-pain/);
    expect(pasted.endsWith('What I expected: ')).toBe(true);
  });

  it('analyses a selection from the context menu and shows it in the popup', async () => {
    const other = await session.open(OTHER_SITE);
    await other.bringToFront();
    // Without a host permission for the site, only the active tab can be found, not its URL.
    const tabId = await session.worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? -1);
    const cdp = await session.context.newCDPSession(other);
    await closePopups(cdp, session.extensionId);
    // The menu's click event, dispatched in the service worker as the browser does: no hook of ours ships for it.
    await session.worker.evaluate(
      ([id, text]) =>
        (chrome.contextMenus.onClicked as unknown as { dispatch: (info: object, tab: object) => void }).dispatch(
          { menuItemId: 'backlight-analyse-selection', selectionText: text },
          { id },
        ),
      [tabId, 'My mid back aches after long runs.'] as const,
    );
    const selectionPopup = await findPopup(cdp, session.extensionId);
    const summary = await selectionPopup.waitFor<string>(`document.querySelector('.summary')?.textContent`);
    expect(summary).toBe('1 mention, mostly mid back');
    expect(await selectionPopup.evaluate<string>(`document.querySelector('[role="tab"]').textContent`)).toBe('Selected text');
    await other.close();
  });

  it('explains why Backlight is off on a site the reader turned off', async () => {
    await session.worker.evaluate(() => chrome.storage.local.set({ settings: { disabledHosts: ['www.letsrun.com'] } }));
    const other = await session.open(LETSRUN);
    await closePopups(await session.context.newCDPSession(other), session.extensionId);
    const offPopup = await session.openPopup(other);
    const text = await offPopup.waitFor<string>(`document.querySelector('.off')?.textContent`);
    expect(text).toContain('switched off for this site');
    expect(await offPopup.evaluate<string[]>(AXE_SERIOUS_VIOLATIONS)).toEqual([]);
    await session.worker.evaluate(() => chrome.storage.local.remove('settings'));
    await other.close();
  });

  it('shows the shortcuts with their keys and opens the browser’s shortcut settings', async () => {
    // Opening a tab closes the popup: a popup of its own.
    const shortcutsPopup = await session.openPopup(page);
    const keys = await shortcutsPopup.waitFor<string[]>(`(() => {
      const keys = [...document.querySelectorAll('.shortcut-list kbd')].map((k) => k.textContent);
      return keys.length > 0 ? keys : null;
    })()`);
    expect(keys).toEqual(expect.arrayContaining(['Alt+Shift+J', 'Alt+Shift+K']));
    await inPopup(shortcutsPopup, `[...document.querySelectorAll('.shortcut-list button')].find((b) => b.textContent === 'Change the shortcuts').click();`);
    await expect.poll(() => session.context.pages().map((p) => p.url())).toContain('chrome://extensions/shortcuts');
    for (const settings of session.context.pages().filter((p) => p.url() === 'chrome://extensions/shortcuts')) await settings.close();
  });

  it('never touches the network', () => {
    expect(session.routes.unexpected()).toEqual([]);
  });
});

async function popupTargets(cdp: CDPSession, extensionId: string) {
  const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; url: string }[] };
  return targetInfos.filter((t) => t.url.startsWith(`chrome-extension://${extensionId}/popup.html`));
}

async function closePopups(cdp: CDPSession, extensionId: string): Promise<void> {
  for (const target of await popupTargets(cdp, extensionId)) await cdp.send('Target.closeTarget', { targetId: target.targetId });
}

async function findPopup(cdp: CDPSession, extensionId: string): Promise<PopupTarget> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const [target] = await popupTargets(cdp, extensionId);
    if (target) return PopupTarget.attach(cdp, target.targetId);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('No popup opened for the selection');
}
