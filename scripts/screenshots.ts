/**
 * `npm run screenshots`: the README's pictures, taken from the built extension in real
 * Chromium on the bundled demo pages: marked thread, hover card, popup, library, options.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { mentionPoint } from '../tests/e2e/card.support';
import { ChromiumSession } from '../tests/e2e/support/chromium';
import { DEMO_ACTIVITY, DEMO_PAGES, DEMO_THREAD } from '../tests/e2e/support/demo-pages';
import { FixtureRoutes } from '../tests/e2e/support/fixture-routes';

const outDir = resolve(import.meta.dirname, '../docs/screenshots');
mkdirSync(outDir, { recursive: true });
const shot = (name: string) => resolve(outDir, `${name}.png`);

async function marked(page: Page): Promise<void> {
  await page.waitForFunction(() => (CSS.highlights.get('backlight-active')?.size ?? 0) > 0, null, { timeout: 10_000 });
}

const session = await ChromiumSession.launch(new FixtureRoutes(DEMO_PAGES));
try {
  const thread = await session.open(DEMO_THREAD.url);
  await thread.setViewportSize({ width: 1000, height: 760 });
  await marked(thread);
  await thread.screenshot({ path: shot('thread') });

  const point = await thread.evaluate(mentionPoint, 'mid back burning');
  if (!point) throw new Error('The demo thread has no marked “mid back burning”');
  await thread.mouse.move(point.x, point.y);
  // The card's root is closed: its host is there only while a card is open.
  await thread.waitForFunction(() => document.querySelector('[data-backlight-host]'));
  await thread.waitForTimeout(300);
  await thread.screenshot({ path: shot('card') });

  const popup = await session.openPopupInTab(thread);
  await popup.waitForSelector('.summary');
  await popup.screenshot({ path: shot('popup'), fullPage: true });
  await popup.getByRole('tab', { name: 'Library' }).click();
  await popup.screenshot({ path: shot('library') });

  const activity = await session.open(DEMO_ACTIVITY.url);
  await activity.setViewportSize({ width: 1000, height: 760 });
  await marked(activity);
  await activity.screenshot({ path: shot('activity') });

  const options = await session.context.newPage();
  await options.setViewportSize({ width: 820, height: 900 });
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  await options.waitForSelector('main');
  await options.screenshot({ path: shot('options') });
  console.log(`Screenshots written to ${outDir}`);
} finally {
  await session.close();
}
