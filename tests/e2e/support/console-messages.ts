import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';

interface RemoteObject {
  description?: string;
  value?: unknown;
}

/**
 * Chromium: all a page's console shows, from every world: each `console.*` call, uncaught exceptions,
 * and the browser's warnings and errors. Over a CDP session of its own, as Playwright's `console`
 * event drops the worlds it did not create (our content script's). Collected into `messages`.
 */
export async function chromiumConsoleMessages(page: PlaywrightPage, messages: string[]): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails: d }) => messages.push(`uncaught: ${d.exception?.description ?? d.text}`));
  cdp.on('Runtime.consoleAPICalled', ({ type, args }) => {
    messages.push(`console.${type}: ${(args as RemoteObject[]).map((a) => a.description ?? String(a.value)).join(' ')}`);
  });
  cdp.on('Log.entryAdded', ({ entry }) => {
    if (entry.level === 'warning' || entry.level === 'error') messages.push(`${entry.source}: ${entry.text}`);
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Log.enable');
}

/**
 * Firefox: all that WebDriver BiDi reports of a page's console: each `console.*` call and uncaught
 * error, our content script's included. Collected into `messages`.
 */
export function firefoxConsoleMessages(page: PuppeteerPage, messages: string[]): void {
  page.on('console', (message) => messages.push(`console.${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => messages.push(`uncaught: ${String(error)}`));
}
