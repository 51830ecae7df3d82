import { expect, it } from 'vitest';
import { uiText } from '../../ui-text/ui-text';
import type { BrowserSession } from './support/browser-session';
import { FixtureRoutes } from './support/fixture-routes';
import { AXE_SERIOUS_VIOLATIONS } from './support/popup-axe';

// Shared by welcome.chromium.e2e.ts and welcome.firefox.e2e.ts: the first-run page.

export const welcomeRoutes = () => new FixtureRoutes();

/** In the welcome page: its headings and its shortcuts' keys. */
function readWelcome(): { headings: string[]; keys: string[] } {
  return {
    headings: [...document.querySelectorAll('h1, h2')].map((h) => h.textContent ?? ''),
    keys: [...document.querySelectorAll('kbd')].map((k) => k.textContent ?? ''),
  };
}

export function welcomeTests(session: () => BrowserSession): void {
  it('opens a welcome page on install: the marks, the shortcuts and privacy', async () => {
    await expect.poll(async () => (await session().tabUrls()).some((url) => url.endsWith('/welcome.html'))).toBe(true);
    const text = uiText().welcome;
    const page = await session().openExtensionPage('welcome.html');
    await page.waitForSelector('h1');
    const shown = await page.evaluate(readWelcome);
    expect(shown.headings).toEqual([text.title, text.marksHeading, uiText().shortcuts.heading, text.privacyHeading]);
    expect(shown.keys).toEqual(expect.arrayContaining(['Alt+Shift+J', 'Alt+Shift+K']));
    // Both drivers evaluate a script given as source; `BrowserPage` only types functions.
    expect(await page.evaluate(AXE_SERIOUS_VIOLATIONS as unknown as () => Promise<string[]>)).toEqual([]);
    await page.close();
  });
}
