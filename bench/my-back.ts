// "My back" benchmark: the built extension's options page in real Chromium importing synthetic
// Strava exports of 5,000 and 20,000 activities (picked in the page's file input, as a runner
// would), the heap after each, the main thread's long tasks while importing, and the view's
// first render with the runs stored. Needs `npm run build` first. Timings are reported, never asserted.
import type { Page } from 'playwright-core';
import { ChromiumSession } from '../tests/e2e/support/chromium';
import { syntheticStravaExport } from '../tests/fixtures/history/strava-export';
import { round, type BenchRow } from './bench-row';
import { heapMB } from './page';

const SIZES = [5000, 20_000];

/** In the page: long tasks from now on, kept on `window`. */
function watchLongTasks(): void {
  const tasks: number[] = [];
  (window as unknown as { benchLongTasks: number[] }).benchLongTasks = tasks;
  new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push(e.duration))).observe({ type: 'longtask' });
}

/** In the page: the file to pick, made in a task of its own so that its copying isn't timed. */
function prepareFile(text: string): void {
  (window as unknown as { benchFile: File }).benchFile = new File([text], 'activities.csv', { type: 'text/csv' });
}

/** In the page: picks the prepared file, resolves with the ms until the import's outcome shows. */
function timeImport(): Promise<number> {
  const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
  const files = new DataTransfer();
  files.items.add((window as unknown as { benchFile: File }).benchFile);
  const start = performance.now();
  input.files = files.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  // No named inner function: the bench runs under tsx, whose helpers the page doesn't have.
  return new Promise((resolve) => {
    const timer = setInterval(() => {
      if (!/^Strava: /.test(document.querySelector('.import-status')?.textContent ?? '')) return;
      clearInterval(timer);
      resolve(performance.now() - start);
    }, 5);
  });
}

/** Before the page's scripts: when the factor table first appears, in ms since navigation. */
function watchFirstTable(): void {
  new MutationObserver((_, observer) => {
    if (!document.querySelector('table.factors')) return;
    (window as unknown as { benchTableAt: number }).benchTableAt = performance.now();
    observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
}

async function openMyBack(session: ChromiumSession): Promise<Page> {
  const page = await session.context.newPage();
  await page.route(/^chrome-extension:/, (route) => route.continue());
  await page.addInitScript(watchFirstTable);
  await page.goto(`chrome-extension://${session.extensionId}/options.html#my-back`);
  await page.waitForSelector('.history-summary');
  return page;
}

export async function myBackBench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const size of SIZES) {
    const session = await ChromiumSession.launch();
    try {
      const { csv } = syntheticStravaExport(size);
      const page = await openMyBack(session);
      const before = await heapMB(page);
      await page.evaluate(prepareFile, csv);
      await page.evaluate(watchLongTasks);
      const importMs = await page.evaluate(timeImport);
      const longTasks = await page.evaluate(() => (window as unknown as { benchLongTasks: number[] }).benchLongTasks);
      const after = await heapMB(page);
      const label = `${size.toLocaleString('en')} activities (${round(csv.length / 1e6)} MB CSV)`;
      rows.push(
        { name: `import, ${label}`, value: round(importMs / 1000, 2), unit: 's', note: 'file picked → runs stored and the view shown' },
        {
          name: `longest long task while importing, ${label}`,
          value: round(Math.max(0, ...longTasks)),
          unit: 'ms',
          note: `${longTasks.length} tasks ≥ 50 ms, the view's re-render included`,
        },
        { name: `JS heap after import, ${label}`, value: round(after), unit: 'MB', note: `${round(after - before)} MB more than before` },
      );
      const again = await openMyBack(session);
      await again.waitForSelector('table.factors');
      const tableAt = await again.evaluate(() => (window as unknown as { benchTableAt: number }).benchTableAt);
      rows.push({ name: `first render with the runs stored, ${label}`, value: round(tableAt), unit: 'ms', note: 'navigation → factor table shown (IndexedDB read, factors, chart)' });
    } finally {
      await session.close();
    }
  }
  return rows;
}
