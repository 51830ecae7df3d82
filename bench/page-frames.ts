// Frame cost of the marks: p50 frame time with Backlight's marks in, against the same page bare
// and the same page with mark.js's <mark>s, while one comment is restyled every frame, the whole
// page is restyled every frame, or the page scrolls; at several thread sizes. Also the ranges
// registered with CSS.highlights, and the longest main-thread task that runs our script (from a
// trace with CPU samples), while scanning, scrolling, appending and navigating.
// Needs `npm run build` first. Timings are reported, never asserted.
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { commentHtml, threadContentHtml, threadPageHtml } from '../tests/fixtures/live/reddit-thread';
import { ChromiumSession } from '../tests/e2e/support/chromium';
import { round, type BenchRow } from './bench-row';
import { registeredRanges, timeFrames, type FrameWork } from './frame-probe';
import { recordCounts, whenCounted } from './content-counts';
import { appendToThread, markWithMarkJs, navigateThread } from './page-probe';
import { activeMentionTexts, benchThread, threadTexts } from './page-thread';
import { longestTask, ScriptTaskTrace, type ScriptTask } from './script-tasks';

/** Thread sizes, in comments; `BENCH_SIZES=5000` (comma-separated) measures only those. */
export const FRAME_SIZES = process.env.BENCH_SIZES ? process.env.BENCH_SIZES.split(',').map(Number) : [1000, 5000, 20000];
const WORKS: FrameWork[] = ['one comment restyled', 'page restyled', 'scrolling'];
const FRAMES = 30;
const MARK_JS = resolve(import.meta.dirname, '../node_modules/mark.js/dist/mark.min.js');
const BUDGET_MS = 16;

const threadUrl = (host: string, n: number) => `https://${host}/r/running/comments/1frame${n}/long_runs_and_back_pain/`;

function p50(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

interface FrameCost {
  frame: number;
  work: number;
  /** The most main-thread work of any frame (a window placed again renders in one). */
  worstWork: number;
}

async function frameCosts(page: Page): Promise<Map<FrameWork, FrameCost>> {
  const costs = new Map<FrameWork, FrameCost>();
  for (const work of WORKS) {
    await page.evaluate(() => scrollTo(0, 0));
    const times = await page.evaluate(timeFrames, { work, frames: FRAMES });
    costs.set(work, { frame: p50(times.frames), work: p50(times.work), worstWork: Math.max(...times.work) });
  }
  return costs;
}

const overBudget = (tasks: readonly ScriptTask[]) => tasks.filter((t) => t.ms > BUDGET_MS).length;

function taskRow(phase: string, tasks: readonly ScriptTask[]): BenchRow {
  const longest = longestTask(tasks);
  const pages = tasks.filter((t) => t.pages);
  // On a loaded machine a task's wall time counts time spent waiting for a core; its CPU time does not.
  const ownCpu = tasks.filter((t) => !t.pages).map((t) => t.cpuMs);
  const mostCpu = Math.max(0, ...ownCpu);
  const longestPages = pages.reduce((most, t) => Math.max(most, t.taskMs), 0);
  return {
    name: `longest task with our script, ${phase}`,
    value: round(longest?.ms ?? 0),
    unit: 'ms',
    note:
      `${tasks.length} main-thread tasks ran our script (CPU samples in a trace, which slows it), ${overBudget(tasks)} over ${BUDGET_MS} ms` +
      (longest ? `; ours most on top in the longest: ${longest.top}; its thread CPU time ${round(longest.cpuMs)} ms` : '') +
      `; most thread CPU time of one task (the page's own left out) ${round(mostCpu)} ms, ${ownCpu.filter((ms) => ms > BUDGET_MS).length} over ${BUDGET_MS} ms` +
      (pages.length > 0
        ? `. ${pages.length} of them were the page's own (its script ran too: its DOM change then our observer, its frame then our listener), counted by our samples' time in them; the longest of those took ${round(longestPages)} ms in all`
        : ''),
  };
}

async function sizeRows(session: ChromiumSession, size: number): Promise<BenchRow[]> {
  const thread = benchThread(size);
  const expected = activeMentionTexts(threadTexts(thread));
  const url = threadUrl('www.reddit.com', size);
  const plainUrl = threadUrl('example.org', size);
  session.routes.addHtml(url, threadPageHtml(thread));
  session.routes.addHtml(plainUrl, threadPageHtml(thread));

  const page = await session.context.newPage();
  let trace = await ScriptTaskTrace.start(page);
  await page.goto(url, { timeout: 180_000 });
  await whenCounted(session, page, expected.count);
  const scanTasks = await trace.stop();
  const registered = await page.evaluate(registeredRanges);
  const ours = await frameCosts(page);
  trace = await ScriptTaskTrace.start(page);
  await page.evaluate(timeFrames, { work: 'scrolling' as FrameWork, frames: FRAMES });
  await page.waitForTimeout(300);
  const scrollTasks = await trace.stop();

  const rows: BenchRow[] = [];
  if (size === 5000) rows.push(...(await appendAndNavigateRows(session, page, expected.count)));
  await page.close();

  const bare = await session.context.newPage();
  await bare.goto(plainUrl, { timeout: 180_000 });
  const bareCosts = await frameCosts(bare);
  await bare.addScriptTag({ path: MARK_JS });
  const markJs = await bare.evaluate(markWithMarkJs, expected.phrases);
  const markCosts = await frameCosts(bare);
  await bare.close();

  const frameRows = WORKS.map((work): BenchRow => {
    const [mine, plain, marks] = [ours.get(work)!, bareCosts.get(work)!, markCosts.get(work)!];
    return {
      name: `frame p50, ${work}, ${size} comments`,
      value: round(mine.frame),
      unit: 'ms',
      note:
        `${round(mine.frame / plain.frame, 2)}× the bare page's ${round(plain.frame)} ms; mark.js's ${markJs.marks} <mark>s ${round(marks.frame)} ms. ` +
        `Main-thread work p50: ${round(mine.work)} ms, bare ${round(plain.work)} ms (${round(mine.work / plain.work, 2)}×), mark.js ${round(marks.work)} ms; ` +
        `worst frame's work ${round(mine.worstWork)} ms, bare ${round(plain.worstWork)} ms; ${FRAMES} frames`,
    };
  });
  return [
    ...frameRows,
    {
      name: `registered ranges, ${size} comments`,
      value: registered,
      unit: 'ranges',
      note: `in CSS.highlights, for ${expected.count} active mentions (the badge's count), viewport 1200×900 at the top`,
    },
    taskRow(`scan ${size} comments`, scanTasks),
    taskRow(`scrolling ${size} comments`, scrollTasks),
    ...rows,
  ];
}

/** 100 comments appended, then an SPA navigation to another 1,000-comment thread. */
async function appendAndNavigateRows(session: ChromiumSession, page: Page, count: number): Promise<BenchRow[]> {
  const more = benchThread(100, 99);
  const moreCount = activeMentionTexts(more.comments.map((c) => c.text)).count;
  let trace = await ScriptTaskTrace.start(page);
  await page.evaluate(appendToThread, more.comments.map(commentHtml).join(''));
  await whenCounted(session, page, count + moreCount);
  const appendTasks = await trace.stop();

  const next = benchThread(1000, 101);
  trace = await ScriptTaskTrace.start(page);
  await page.evaluate(navigateThread, { url: page.url().replace('1frame', '1framenext'), html: threadContentHtml(next) });
  await whenCounted(session, page, activeMentionTexts(threadTexts(next)).count);
  const navigateTasks = await trace.stop();
  return [taskRow('100 comments appended to 5000', appendTasks), taskRow('SPA navigation from 5000 comments', navigateTasks)];
}

export async function frameRows(session: ChromiumSession, sizes = FRAME_SIZES): Promise<BenchRow[]> {
  await recordCounts(session);
  const rows: BenchRow[] = [];
  for (const size of sizes) rows.push(...(await sizeRows(session, size)));
  return rows;
}

export async function frameBench(): Promise<BenchRow[]> {
  const session = await ChromiumSession.launch();
  try {
    return await frameRows(session);
  } finally {
    await session.close();
  }
}
