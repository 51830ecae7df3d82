/**
 * `npm run screenshots`: the README's pictures, taken from the built extension in real
 * Chromium on the bundled demo pages: marked thread, hover card, popup, library, a thread with
 * warning signs, the card as a sheet in a narrow window, options, the welcome page, and the My
 * back tab with a synthetic 5,000-activity export imported.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { mentionPoint } from '../tests/e2e/card.support';
import { ChromiumSession } from '../tests/e2e/support/chromium';
import { DEMO_ACTIVITY, DEMO_PAGES, DEMO_THREAD, RED_FLAG_THREAD } from '../tests/e2e/support/demo-pages';
import { FixtureRoutes } from '../tests/e2e/support/fixture-routes';
import { myBackShot } from './screenshot-my-back';

const outDir = resolve(import.meta.dirname, '../docs/screenshots');
mkdirSync(outDir, { recursive: true });
const shot = (name: string) => resolve(outDir, `${name}.png`);

async function marked(page: Page): Promise<void> {
  await page.waitForFunction(() => (CSS.highlights.get('backlight-active')?.size ?? 0) > 0, null, { timeout: 10_000 });
}

/** Points at the marked mention containing `text` and waits for its card to settle. */
async function openCard(page: Page, text: string): Promise<void> {
  const point = await page.evaluate(mentionPoint, text);
  if (!point) throw new Error(`No marked “${text}” on ${page.url()}`);
  await page.mouse.move(point.x, point.y);
  // The card's root is closed: its host is there only while a card is open.
  await page.waitForFunction(() => document.querySelector('[data-backlight-host]'));
  await page.waitForTimeout(300);
}

const session = await ChromiumSession.launch(new FixtureRoutes([...DEMO_PAGES, RED_FLAG_THREAD]));
try {
  const thread = await session.open(DEMO_THREAD.url);
  await thread.setViewportSize({ width: 1000, height: 760 });
  await marked(thread);
  await thread.screenshot({ path: shot('thread') });

  await openCard(thread, 'mid back burning');
  await thread.screenshot({ path: shot('card') });

  const popup = await session.openPopupInTab(thread);
  await popup.waitForSelector('.summary');
  await popup.screenshot({ path: shot('popup'), fullPage: true });
  await popup.getByRole('tab', { name: 'Library' }).click();
  await popup.screenshot({ path: shot('library') });

  const redFlags = await session.open(RED_FLAG_THREAD.url);
  await redFlags.setViewportSize({ width: 1000, height: 760 });
  await marked(redFlags);
  await redFlags.waitForFunction(() => (CSS.highlights.get('backlight-red-flag')?.size ?? 0) > 0, null, { timeout: 10_000 });
  await openCard(redFlags, 'lower back');
  await redFlags.screenshot({ path: shot('red-flag') });

  const narrow = await session.open(DEMO_THREAD.url);
  await narrow.setViewportSize({ width: 400, height: 760 });
  await marked(narrow);
  await openCard(narrow, 'mid back burning');
  await narrow.screenshot({ path: shot('narrow') });

  const activity = await session.open(DEMO_ACTIVITY.url);
  await activity.setViewportSize({ width: 1000, height: 760 });
  await marked(activity);
  await activity.screenshot({ path: shot('activity') });

  const options = await session.context.newPage();
  await options.setViewportSize({ width: 820, height: 900 });
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  await options.waitForSelector('main');
  await options.screenshot({ path: shot('options') });

  const welcome = await session.context.newPage();
  await welcome.setViewportSize({ width: 820, height: 680 });
  await welcome.goto(`chrome-extension://${session.extensionId}/welcome.html`);
  await welcome.waitForSelector('h1');
  await welcome.screenshot({ path: shot('welcome'), fullPage: true });
  await myBackShot(session, shot('my-back'));
  console.log(`Screenshots written to ${outDir}`);
} finally {
  await session.close();
}
