import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';

interface RemoteObject {
  description?: string;
  value?: unknown;
}

/**
 * Chromium: every error a page's console shows, from every world. Playwright's own `console`
 * event drops messages of worlds it did not create (our content script's isolated world), so
 * this listens on a CDP session of its own: uncaught exceptions, `console.error`, and the
 * browser's log (failed loads, unchecked `runtime.lastError`). Collected into `errors`.
 */
export async function chromiumConsoleErrors(page: PlaywrightPage, errors: string[] = []): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails: d }) => {
    errors.push(`uncaught: ${d.exception?.description ?? d.text} (${d.url ?? ''})`);
  });
  cdp.on('Runtime.consoleAPICalled', ({ type, args }) => {
    if (type !== 'error' && type !== 'assert') return;
    errors.push(`console.${type}: ${(args as RemoteObject[]).map((a) => a.description ?? String(a.value)).join(' ')}`);
  });
  cdp.on('Log.entryAdded', ({ entry }) => {
    if (entry.level === 'error') errors.push(`${entry.source}: ${entry.text} (${entry.url ?? ''})`);
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Log.enable');
  return errors;
}

/** Firefox: uncaught errors and `console.error` that WebDriver BiDi reports for the page, collected into `errors`. */
export function firefoxConsoleErrors(page: PuppeteerPage, errors: string[] = []): string[] {
  page.on('pageerror', (error) => errors.push(`uncaught: ${String(error)}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'assert') errors.push(`console.${message.type()}: ${message.text()}`);
  });
  return errors;
}
