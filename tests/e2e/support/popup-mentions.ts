import type { BrowserPage } from './browser-session';

/** Opens the popup's folded list of every mention, as a reader would, and waits for its posts. */
export async function unfoldMentionList(popup: BrowserPage): Promise<void> {
  await popup.waitForSelector('details.every-mention > summary');
  await popup.evaluate(() => document.querySelector<HTMLElement>('details.every-mention > summary')!.click());
  await popup.waitForSelector('.post[role="group"] .mention');
}
