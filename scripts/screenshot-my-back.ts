import type { ChromiumSession } from '../tests/e2e/support/chromium';
import { syntheticStravaExport } from '../tests/fixtures/history/strava-export';

/** The My back tab after importing the synthetic export (an invented runner): factors and weekly distance. */
export async function myBackShot(session: ChromiumSession, path: string): Promise<void> {
  const page = await session.context.newPage();
  await page.route(/^chrome-extension:/, (route) => route.continue());
  await page.setViewportSize({ width: 960, height: 1500 });
  await page.goto(`chrome-extension://${session.extensionId}/options.html#my-back`);
  await page.waitForSelector('.history-summary');
  await page.locator('input[type="file"]').setInputFiles({
    name: 'activities.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(syntheticStravaExport(5000).csv),
  });
  await page.waitForSelector('table.factors', { timeout: 60_000 });
  await page.screenshot({ path });
  await page.close();
}
