// Page benchmark: the built extension in real Chromium on a generated 5,000-comment Reddit
// thread served at its real URL, against mark.js marking the same phrases on the same page.
// Needs `npm run build` first. Timings are reported, never asserted.
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { commentHtml, threadContentHtml, threadPageHtml } from '../tests/fixtures/live/reddit-thread';
import { ChromiumSession } from '../tests/e2e/support/chromium';
import { FixtureRoutes } from '../tests/e2e/support/fixture-routes';
import { SLICE_MS } from '../page/yield-to-page';
import { round, type BenchRow } from './bench-row';
import { blockingRows } from './blocking-rows';
import { recordCounts, whenCounted } from './content-counts';
import { appendToThread, installProbe, markWithMarkJs, navigateThread, whenMarked, type ProbeReport } from './page-probe';
import { hugePostPage, hugePostRows, HUGE_POST_URL } from './page-huge-post';
import { popupReportRows } from './page-report';
import { activeMentionTexts, benchThread, threadTexts } from './page-thread';

const COMMENTS = 5000;
const NAVIGATIONS = 10;
const NAVIGATION_COMMENTS = 1000;
const THREAD_URL = 'https://www.reddit.com/r/running/comments/1bench0/long_runs_and_back_pain/';
/** The same page on a host Backlight doesn't run on, for mark.js and the heap baseline. */
const PLAIN_URL = 'https://example.org/r/running/comments/1bench0/long_runs_and_back_pain/';
const MARK_JS = resolve(import.meta.dirname, '../node_modules/mark.js/dist/mark.min.js');

const MB = 1024 * 1024;

export async function heapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN) / MB;
}

/** The probe's report once the content script has counted `count` mentions: its last highlight change is the scan's end. */
/** The probe's report once the content script has counted `count`, and when it did, on the page's clock. */
async function whenScanned(session: ChromiumSession, page: Page, count: number): Promise<{ report: ProbeReport; countedAt: number }> {
  const countedEpoch = await whenCounted(session, page, count);
  const timeOrigin = await page.evaluate(() => performance.timeOrigin);
  return { report: await page.evaluate(whenMarked, { size: -1, since: 0, timeoutMs: 0 }), countedAt: countedEpoch - timeOrigin };
}

/** 10 SPA navigations to other threads; with the extension (a session), each waits until counted. */
async function navigateAll(page: Page, session?: ChromiumSession): Promise<void> {
  const first = page.url();
  for (let n = 1; n <= NAVIGATIONS; n++) {
    const thread = benchThread(NAVIGATION_COMMENTS, 100 + n);
    const url = first.replace('1bench0', `1bench${n}`);
    await page.evaluate(navigateThread, { url, html: threadContentHtml(thread) });
    if (session) await whenCounted(session, page, activeMentionTexts(threadTexts(thread)).count);
  }
}

export async function pageBench(): Promise<BenchRow[]> {
  const thread = benchThread(COMMENTS);
  const expected = activeMentionTexts(threadTexts(thread));
  const routes = new FixtureRoutes();
  routes.addHtml(THREAD_URL, threadPageHtml(thread));
  routes.addHtml(PLAIN_URL, threadPageHtml(thread));
  routes.addHtml(HUGE_POST_URL, hugePostPage());
  const session = await ChromiumSession.launch(routes);
  try {
    const page = await session.context.newPage();
    await page.addInitScript(installProbe);
    await page.goto(THREAD_URL);
    await recordCounts(session);
    const { report, countedAt } = await whenScanned(session, page, expected.count);
    const marked = report.changes.at(-1)!;
    const scanMs = round(countedAt - report.domContentLoaded);
    const rows: BenchRow[] = [
      {
        name: `scan ${COMMENTS} comments`,
        value: scanMs,
        unit: 'ms',
        note: `DOMContentLoaded → all ${expected.count} mentions counted, ${marked.size} ranges registered near the viewport (content scripts start after DOMContentLoaded)`,
      },
      ...blockingRows(report, 'scan', report.domContentLoaded, countedAt),
    ];

    const more = benchThread(100, 99);
    const moreCount = activeMentionTexts(more.comments.map((c) => c.text)).count;
    const appendedAt = await page.evaluate(appendToThread, more.comments.map(commentHtml).join(''));
    const { report: afterAppend, countedAt: appendCountedAt } = await whenScanned(session, page, expected.count + moreCount);
    rows.push({
      name: 'mark 100 appended comments',
      value: round(appendCountedAt - appendedAt),
      unit: 'ms',
      note: `appended → counted: ${moreCount} new mentions, ${expected.count + moreCount} in all, ${afterAppend.changes.at(-1)!.size} ranges registered; includes the scanner's 100 ms batching wait`,
    }, ...blockingRows(afterAppend, 'append', appendedAt, appendCountedAt + 50));
    rows.push(...(await popupReportRows(session, page)));

    const heapAfterScan = await heapMB(page);
    await navigateAll(page, session);
    const heapAfterNavigations = await heapMB(page);
    const plain = await session.context.newPage();
    await plain.goto(PLAIN_URL);
    await navigateAll(plain);
    const heapPlain = await heapMB(plain);
    rows.push({
      name: `JS heap after ${NAVIGATIONS} SPA navigations`,
      value: round(heapAfterNavigations),
      unit: 'MB',
      note: `to ${NAVIGATION_COMMENTS}-comment threads; CDP Performance.getMetrics JSHeapUsedSize after GC (page + content script); ${round(heapAfterScan)} MB after the first scan, ${round(heapPlain)} MB for the same page without Backlight`,
    });

    await plain.goto(PLAIN_URL);
    await plain.addScriptTag({ path: MARK_JS });
    const markJs = await plain.evaluate(markWithMarkJs, expected.phrases);
    rows.push(
      {
        name: 'mark.js, same phrases',
        value: round(markJs.callMs),
        unit: 'ms',
        note: `${markJs.marks} <mark>s for ${expected.phrases.length} phrases (negated ones too); ${round(markJs.frameMs)} ms to the next frame; one blocking task`,
      },
      {
        name: 'Backlight scan / mark.js',
        value: round(scanMs / markJs.callMs),
        unit: '×',
        note: `wall time; Backlight yields to the page every ${SLICE_MS} ms and also classifies every mention`,
      },
    );
    rows.push(...(await hugePostRows(session)));
    return rows;
  } finally {
    await session.close();
  }
}
