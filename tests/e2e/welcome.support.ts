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
    expect(shown.keys).toEqual(expect.arrayContaining(['Alt+Shift+J', 'Alt+Shift+K', 'Alt+Shift+Y']));
    // Both drivers evaluate a script given as source; `BrowserPage` only types functions.
    expect(await page.evaluate(AXE_SERIOUS_VIOLATIONS as unknown as () => Promise<string[]>)).toEqual([]);
    await page.close();
  });

  it('has every command bound to its suggested keys: none taken by the browser itself', async () => {
    const page = await session().openExtensionPage('welcome.html');
    await page.waitForSelector('h1');
    const bound = await page.evaluate(readCommands);
    const suggested = Object.fromEntries(uiText().shortcuts.list.flatMap((s) => (s.command ? [[s.command, s.keys]] : [])));
    expect(Object.keys(suggested)).toHaveLength(3);
    // Chromium also lists the toolbar button's own command, which has no keys of ours.
    expect(Object.fromEntries(Object.keys(suggested).map((name) => [name, bound[name]]))).toEqual(suggested);
    await page.close();
  });
}

/** In an extension page: each manifest command's keys as the browser bound them ('' for none). */
async function readCommands(): Promise<Record<string, string>> {
  const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
  const commands = await api.commands.getAll();
  return Object.fromEntries(commands.map((c) => [c.name ?? '', c.shortcut ?? '']));
}
