import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChromiumSession } from './support/chromium';
import { AXE_SERIOUS_VIOLATIONS } from './support/popup-axe';

describe('Chromium: the options page', () => {
  let session: ChromiumSession;
  /**
   * The options page in a tab. The session answers every request from fixtures, the extension's
   * own scripts included; a page route comes first and lets those through.
   */
  const openOptions = async (): Promise<Page> => {
    const page = await session.context.newPage();
    await page.route(/^chrome-extension:/, (route) => route.continue());
    await page.goto(`chrome-extension://${session.extensionId}/options.html`);
    return page;
  };

  beforeAll(async () => {
    session = await ChromiumSession.launch();
  });
  afterAll(() => session?.close());

  it('keeps a changed setting across a reload', async () => {
    const page = await openOptions();
    const allOfReddit = page.getByRole('checkbox', { name: 'All of Reddit' });
    expect(await allOfReddit.isChecked()).toBe(false);
    await allOfReddit.check();
    await page.getByRole('radio', { name: 'A background tint' }).check();
    await page.getByText('Saved.').waitFor();
    await page.reload();
    expect(await page.getByRole('checkbox', { name: 'All of Reddit' }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: 'A background tint' }).isChecked()).toBe(true);
    const stored = await session.worker.evaluate(() => chrome.storage.local.get('settings'));
    expect(stored.settings).toMatchObject({ allOfReddit: true, highlight: { mode: 'background' } });
    await page.close();
  });

  it('shows a notice, not a blank page, when the stored settings are corrupt', async () => {
    await session.worker.evaluate(() => chrome.storage.local.set({ settings: { cardDelayMs: 'soon', badge: false } }));
    const page = await openOptions();
    const notice = page.getByRole('alert');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('cardDelayMs');
    expect(await page.getByRole('checkbox', { name: /toolbar button/ }).isChecked()).toBe(false);
    await page.getByRole('button', { name: 'Reset all settings' }).click();
    await page.getByText('All settings are back to their defaults.').waitFor();
    expect(await page.getByRole('checkbox', { name: /toolbar button/ }).isChecked()).toBe(true);
    await page.close();
  });

  it('has no serious accessibility problems', async () => {
    const page = await openOptions();
    await page.getByRole('heading', { name: 'Backlight options' }).waitFor();
    expect(await page.evaluate(AXE_SERIOUS_VIOLATIONS)).toEqual([]);
    await page.close();
  });
});
