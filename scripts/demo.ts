/**
 * `npm run demo`: Chromium with the built extension on bundled demo pages, served at their real
 * sites' URLs from local files (nothing goes to the network). With a display it opens a window
 * to try Backlight in; without one it runs headless and saves screenshots.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { ChromiumSession } from '../tests/e2e/support/chromium';
import { DEMO_PAGES } from '../tests/e2e/support/demo-pages';
import { FixtureRoutes } from '../tests/e2e/support/fixture-routes';
import { readHighlight } from '../tests/e2e/support/page-marks';

const outDir = resolve(import.meta.dirname, '../artifacts/demo');
const headed = Boolean(process.env.DISPLAY) && !process.argv.includes('--headless');

const session = await ChromiumSession.launch(new FixtureRoutes(DEMO_PAGES), { headless: !headed });
try {
  if (headed) {
    for (const demo of DEMO_PAGES) await session.open(demo.url);
    console.log('Backlight is loaded in the Chromium window: hover the marked words, open the toolbar popup.');
    console.log('Close the window (or press Ctrl+C) to end the demo.');
    await new Promise((done) => session.context.on('close', done));
  } else {
    mkdirSync(outDir, { recursive: true });
    for (const [i, demo] of DEMO_PAGES.entries()) {
      const page = await session.open(demo.url);
      await page.waitForFunction(() => (globalThis.CSS?.highlights?.get('backlight-active')?.size ?? 0) > 0, null, {
        timeout: 10_000,
      });
      const marks = await page.evaluate(readHighlight, 'backlight-active');
      const pageShot = resolve(outDir, `${i + 1}-page.png`);
      await page.screenshot({ path: pageShot });
      const popup = await session.openPopupInTab(page);
      // The page's summary, not the "Reading this page…" status shown while the page UI loads.
      await popup.waitForSelector('.summary');
      const popupShot = resolve(outDir, `${i + 1}-popup.png`);
      await popup.screenshot({ path: popupShot });
      console.log(`\n${demo.url}\n  badge: ${await session.badge(page) || '(none)'}; marked: ${marks.map((m) => `“${m}”`).join(', ')}`);
      console.log(`  screenshots: ${pageShot}\n               ${popupShot}`);
    }
  }
} finally {
  await session.close();
}
