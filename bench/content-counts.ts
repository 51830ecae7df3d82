// The count of active mentions each tab's content script reports to the background (the badge's
// number, which the badge itself caps at 999+), kept in the service worker for the benchmarks:
// with marks registered only near the viewport, the highlight's size no longer says a scan is done.
import type { Page } from 'playwright-core';
import type { ChromiumSession } from '../tests/e2e/support/chromium';

interface Counted {
  count: number;
  /** When the worker heard it: milliseconds since the epoch (`performance.timeOrigin + now()`). */
  at: number;
}

/** Keeps, in the service worker, the last count each tab's content script reported (the badge stops at 999+). */
export async function recordCounts(session: ChromiumSession): Promise<void> {
  await session.worker.evaluate(() => {
    const counts: Record<number, Counted> = {};
    Object.assign(globalThis, { benchCounts: counts });
    chrome.runtime.onMessage.addListener((message: { type?: string; activeCount?: number }, sender) => {
      if (message.type === 'backlight:count' && sender.tab?.id !== undefined) {
        counts[sender.tab.id] = { count: message.activeCount ?? 0, at: performance.timeOrigin + performance.now() };
      }
    });
  });
}

/**
 * Polls the counts the content script reports until it gives `count` (it found every mention), and
 * returns when that count was reported, in milliseconds since the epoch.
 */
export async function whenCounted(session: ChromiumSession, page: Page, count: number, timeoutMs = 120_000): Promise<number> {
  const tabId = await session.tabId(page);
  const deadline = Date.now() + timeoutMs;
  const reported = () =>
    session.worker.evaluate((id) => (globalThis as unknown as { benchCounts: Record<number, Counted | undefined> }).benchCounts[id], tabId);
  let last = await reported();
  while (last?.count !== count) {
    if (Date.now() > deadline) throw new Error(`The content script never counted ${count}`);
    await page.waitForTimeout(100);
    last = await reported();
  }
  // Let the last publication and any window update settle.
  await page.waitForTimeout(500);
  return last.at;
}
