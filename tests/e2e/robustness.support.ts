import { expect, it } from 'vitest';
import { THREAD_URL, threadPageHtml, type Thread } from '../fixtures/live/reddit-thread';
import { hoverMention } from './card.support';
import { expectedMarks, readLiveMarks, THREAD } from './live-page.support';
import type { BrowserSession, TabPage } from './support/browser-session';
import { FixtureRoutes } from './support/fixture-routes';

// Shared by robustness.chromium.e2e.ts and robustness.firefox.e2e.ts. Functions marked "in the
// page" are serialised into a page: they must not use anything from this module.

/** Stored values that are not settings: wrong types, wrong shapes, a version that is not one. */
const GARBAGE: Record<string, unknown>[] = [
  { settings: 'garbage' },
  { settings: [1, 2, 3] },
  { settings: { regions: 'all', disabledHosts: 42, highlight: null, dismissed: 'x', sites: [] } },
  { settings: { cardDelayMs: 200 }, settings$: 'not a version' },
];

export function robustnessRoutes(): FixtureRoutes {
  const routes = new FixtureRoutes();
  routes.addHtml(THREAD_URL, threadPageHtml(THREAD));
  return routes;
}

// --- In the page (self-contained) ---

/** Before the page's scripts: a clock of the page's own, to tell that the page still runs. */
export function startPageClock(): void {
  let ticks = 0;
  setInterval(() => ((window as unknown as { pageTicks: number }).pageTicks = ++ticks), 50);
}

function readPageClock(): number {
  return (window as unknown as { pageTicks?: number }).pageTicks ?? 0;
}

export function appendComments(html: string): void {
  document.getElementById('comment-tree')!.insertAdjacentHTML('beforeend', html);
}

/** In an extension page: `storage.local`, through `browser` where there is one (Firefox's `chrome` takes callbacks). */
function storageLocal({ call, arg }: { call: 'get' | 'set' | 'remove'; arg: unknown }): Promise<unknown> {
  const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
  return (api.storage.local[call] as (arg: unknown) => Promise<unknown>)(arg);
}

/** In the options page: whether the checkbox whose label contains `text` is checked (null: there is none). */
function isChecked(text: string): boolean | null {
  const boxes = [...document.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const box = boxes.find((b) => [...(b.labels ?? [])].some((label) => label.textContent?.includes(text)));
  return box ? box.checked : null;
}

function summaryText(): string {
  return document.querySelector('.summary')?.textContent ?? '';
}

// --- Driving the browser ---

async function extensionStorage(session: BrowserSession, call: 'get' | 'set' | 'remove', arg: unknown): Promise<unknown> {
  const page = await session.openExtensionPage('popup.html');
  try {
    return await page.evaluate(storageLocal, { call, arg });
  } finally {
    await page.close();
  }
}

const storeItems = (session: BrowserSession, items: Record<string, unknown>) => extensionStorage(session, 'set', items);
const storedItems = (session: BrowserSession, keys: string[]) => extensionStorage(session, 'get', keys);
const removeItems = (session: BrowserSession, keys: string[]) => extensionStorage(session, 'remove', keys);

export async function expectMarks(tab: TabPage, thread: Thread): Promise<void> {
  await expect.poll(() => tab.evaluate(readLiveMarks), { timeout: 10_000 }).toEqual(expectedMarks(thread));
}

export async function expectBadge(tab: TabPage, thread: Thread): Promise<void> {
  await expect.poll(() => tab.badge(), { timeout: 10_000, interval: 250 }).toBe(String(expectedMarks(thread).length));
}

export async function expectPageRunning(tab: TabPage): Promise<void> {
  const before = await tab.evaluate(readPageClock);
  await expect.poll(() => tab.evaluate(readPageClock), { timeout: 5000 }).toBeGreaterThan(before);
}

/** The tab's popup counts its marks, and the options page opens. */
export async function expectExtensionPagesOpen(session: BrowserSession, tab: TabPage, thread: Thread): Promise<void> {
  const popup = await tab.openPopup();
  await expect.poll(() => popup.evaluate(summaryText)).toMatch(new RegExp(`^${expectedMarks(thread).length} mentions`));
  await popup.close();
  const options = await session.openExtensionPage('options.html');
  await options.waitForSelector('input[type="checkbox"]');
  await options.close();
}

// --- Tests shared by both browsers ---

/**
 * Corrupt and newer stored settings, for a session launched with `robustnessRoutes()`: the page is
 * marked, the extension's pages open, the page console hears nothing, and what is stored stays as it was.
 */
export function robustnessTests(session: () => BrowserSession): void {
  for (const garbage of GARBAGE) {
    it(`marks with the defaults when storage holds ${JSON.stringify(garbage)}`, async () => {
      await storeItems(session(), garbage);
      const messages: string[] = [];
      const tab = await session().openTab(THREAD_URL, { messages });
      await expectMarks(tab, THREAD);
      await hoverMention(tab, 'lower back gets really tight');
      await expectBadge(tab, THREAD);
      await expectExtensionPagesOpen(session(), tab, THREAD);
      expect(messages).toEqual([]);
      expect(await storedItems(session(), Object.keys(garbage))).toEqual(garbage);
      await tab.close();
      await removeItems(session(), Object.keys(garbage));
    });
  }

  it('marks without a word in the page console when the settings were stored by a newer version', async () => {
    const newer = { settings: { cardDelayMs: 200, optionOfANewerVersion: true }, settings$: { v: 99 } };
    await storeItems(session(), newer);
    const messages: string[] = [];
    const tab = await session().openTab(THREAD_URL, { messages });
    await expectMarks(tab, THREAD);
    await expectBadge(tab, THREAD);
    await expectExtensionPagesOpen(session(), tab, THREAD);
    expect(messages).toEqual([]);
    // Read as they are, not migrated back or rewritten as ours.
    expect(await storedItems(session(), Object.keys(newer))).toEqual(newer);
    await tab.close();
    await removeItems(session(), Object.keys(newer));
  });

  it('tells the reader on the options page when the stored settings are not settings at all', async () => {
    await storeItems(session(), { settings: 'garbage' });
    const options = await session().openExtensionPage('options.html');
    await options.waitForSelector('[role="alert"]');
    expect(await options.evaluate(isChecked, 'toolbar button')).toBe(true);
    await options.close();
    await removeItems(session(), ['settings']);
  });
}
