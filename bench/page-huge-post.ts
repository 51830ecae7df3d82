// One post of 5 MB on an otherwise small thread: read in pieces, a slice at a time.
import type { Page } from 'playwright-core';
import { threadPageHtml } from '../tests/fixtures/live/reddit-thread';
import type { ChromiumSession } from '../tests/e2e/support/chromium';
import { detectMentions } from '../core/detect';
import { round, type BenchRow } from './bench-row';
import { blockingRows } from './blocking-rows';
import { whenCounted } from './content-counts';
import { installProbe, whenMarked } from './page-probe';

export const HUGE_POST_URL = 'https://www.reddit.com/r/running/comments/1bench9/one_very_long_post/';
const UNIT = 'Cadence felt good along the canal path today. My lower back ached after the hills! ';
const TEXT = UNIT.repeat(Math.ceil((5 * 1024 * 1024) / UNIT.length));


export const hugePostPage = (): string =>
  threadPageHtml({ title: 'One very long post', body: 'Read on.', comments: [{ id: 'huge', text: TEXT }] });

export async function hugePostRows(session: ChromiumSession): Promise<BenchRow[]> {
  const expected = detectMentions(TEXT).filter((m) => m.status === 'active').length;
  const page: Page = await session.context.newPage();
  await page.addInitScript(installProbe);
  await page.goto(HUGE_POST_URL);
  await whenCounted(session, page, expected);
  const report = await page.evaluate(whenMarked, { size: -1, since: 0, timeoutMs: 0 });
  const marked = report.changes.at(-1)!;
  await page.close();
  return [
    {
      name: 'scan one 5 MB post',
      value: round(marked.at - report.domContentLoaded),
      unit: 'ms',
      note: `DOMContentLoaded → all ${expected} mentions found`,
    },
    {
      name: 'registered ranges, 5 MB post',
      value: marked.size,
      unit: 'ranges',
      note: `of ${expected} active mentions in one text node: those whose rects fall near the viewport`,
    },
    ...blockingRows(report, '5 MB post', report.domContentLoaded, marked.at),
  ];
}
