// The popup's report on the bench page: the first one analyses every
// post with a mention; a second one reuses those analyses. Timed from the service worker.
import type { Page } from 'playwright-core';
import type { ChromiumSession } from '../tests/e2e/support/chromium';
import { round, type BenchRow } from './bench-row';
import { blockingRows } from './blocking-rows';
import { whenMarked } from './page-probe';


async function timedReport(session: ChromiumSession, tabId: number): Promise<{ ms: number; posts: number }> {
  return session.worker.evaluate(async (id) => {
    const started = performance.now();
    const report = (await chrome.tabs.sendMessage(id, { type: 'backlight:get-report' })) as { posts: unknown[] };
    return { ms: performance.now() - started, posts: report.posts.length };
  }, tabId);
}

export async function popupReportRows(session: ChromiumSession, page: Page): Promise<BenchRow[]> {
  const tabId = await session.tabId(page);
  const from = await page.evaluate(() => performance.now());
  const first = await timedReport(session, tabId);
  const to = await page.evaluate(() => performance.now());
  const second = await timedReport(session, tabId);
  const probe = await page.evaluate(whenMarked, { size: -1, since: 0, timeoutMs: 0 });
  return [
    {
      name: 'popup report, first',
      value: round(first.ms),
      unit: 'ms',
      note: `${first.posts} posts with mentions analysed, with the page analysis (injected for the marks' red flags)`,
    },
    ...blockingRows(probe, 'popup report', from, to),
    { name: 'popup report, again', value: round(second.ms), unit: 'ms', note: 'each post is analysed once' },
  ];
}
