import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { syntheticStravaExport } from '../fixtures/history/strava-export';
import type { BrowserPage, BrowserSession } from './support/browser-session';
import { FixtureRoutes, type FixturePage } from './support/fixture-routes';
import { AXE_SERIOUS_VIOLATIONS } from './support/popup-axe';

// Shared by my-back.chromium.e2e.ts and my-back.firefox.e2e.ts: the options page's "My back"
// tab, importing real files into the extension's IndexedDB. Functions marked "in the page" are
// serialised into the page: they must not use anything from this module.

const fixture = (name: string) => readFileSync(new URL(`../fixtures/history/${name}`, import.meta.url), 'utf8');

/** A Strava activity page of the runner's own, with notes that describe mid-back pain. */
const ACTIVITY: FixturePage = { url: 'https://www.strava.com/activities/11223344556', file: 'sites/strava.html' };

export const myBackRoutes = () => new FixtureRoutes([ACTIVITY]);

// --- In the page (self-contained) ---

/** Picks a file in the page's file input, as the file chooser would. */
function pickFile({ name, text }: { name: string; text: string }): void {
  const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
  const files = new DataTransfer();
  files.items.add(new File([text], name, { type: 'text/csv' }));
  input.files = files.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The runs stored in the extension's IndexedDB (the page has opened it by then). */
function storedRunCount(): Promise<number> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('backlight-history');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const count = db.transaction('runs').objectStore('runs').count();
      count.onsuccess = () => {
        db.close();
        resolve(count.result);
      };
      count.onerror = () => reject(count.error);
    };
  });
}

const importMessage = () => document.querySelector('.import-status')?.textContent ?? '';
const errorMessage = () => document.querySelector('.import-error')?.textContent ?? '';
const summary = () => document.querySelector('.history-summary')?.textContent ?? '';

function factorRows(): { id: string; pain: string; noPain: string; reading: string }[] {
  return [...document.querySelectorAll('table.factors tbody tr')].map((row) => ({
    id: row.getAttribute('data-factor') ?? '',
    pain: row.querySelector('.pain-share')?.textContent ?? '',
    noPain: row.querySelector('.no-pain-share')?.textContent ?? '',
    reading: row.querySelector('.reading')?.textContent ?? '',
  }));
}

/** The stored run of `id`, or null. */
function storedRun(id: string): Promise<Record<string, unknown> | null> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('backlight-history');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const get = db.transaction('runs').objectStore('runs').get(id);
      get.onsuccess = () => {
        db.close();
        resolve((get.result as Record<string, unknown> | undefined) ?? null);
      };
      get.onerror = () => reject(get.error);
    };
  });
}

const runLogStatus = () => document.querySelector('.run-log-status')?.textContent ?? '';

function clickButton(name: string): void {
  [...document.querySelectorAll('button')].find((b) => b.textContent === name)!.click();
}

// --- Tests shared by both browsers ---

const count = (n: number) => n.toLocaleString('en');

export function myBackTests(session: () => BrowserSession): void {
  let page: BrowserPage;

  const importFile = async (name: string, text: string) => {
    const before = await page.evaluate(importMessage);
    await page.evaluate(pickFile, { name, text });
    await expect.poll(() => page.evaluate(importMessage), { timeout: 30_000 }).not.toMatch(new RegExp(`^(${before}|Reading.*)$`));
  };

  it('imports a 5,000-activity Strava export and shows the vest and runs over 25 km first, with their counts', async () => {
    page = await session().openExtensionPage('options.html#my-back');
    await page.waitForSelector('.history-summary');
    expect(await page.evaluate(summary)).toMatch(/No runs yet/);

    const planted = syntheticStravaExport(5000);
    const runs = planted.activities.filter((a) => a.run);
    const pain = runs.filter((a) => a.pain);
    const noPain = runs.filter((a) => !a.pain);
    await page.evaluate(pickFile, { name: 'activities.csv', text: planted.csv });
    await expect.poll(() => page.evaluate(importMessage), { timeout: 30_000 }).toMatch(/^Strava: /);
    expect(await page.evaluate(importMessage)).toContain(`${count(runs.length)} runs added`);
    expect(await page.evaluate(storedRunCount)).toBe(runs.length);
    expect(await page.evaluate(summary)).toContain(`back pain in ${count(pain.length)} runs`);

    const rows = await page.evaluate(factorRows);
    expect(rows.slice(0, 2).map((r) => r.id).sort()).toEqual(['distance-over-25', 'pack-or-vest']);
    const row = (id: string) => rows.find((r) => r.id === id)!;
    expect(row('pack-or-vest').pain).toMatch(new RegExp(`^${count(pain.filter((a) => a.vest).length)} of ${count(pain.length)} \\(`));
    expect(row('pack-or-vest').noPain).toMatch(new RegExp(`^${count(noPain.filter((a) => a.vest).length)} of ${count(noPain.length)} \\(`));
    expect(row('distance-over-25').pain).toMatch(new RegExp(`^${count(pain.filter((a) => a.distanceKm > 25).length)} of `));
    expect(row('distance-over-25').noPain).toMatch(new RegExp(`^${count(noPain.filter((a) => a.distanceKm > 25).length)} of `));
    expect(row('pack-or-vest').reading).toBe('More common in your painful runs');
    // Both drivers evaluate a script given as source; `BrowserPage` only types functions.
    expect(await page.evaluate(AXE_SERIOUS_VIOLATIONS as unknown as () => Promise<string[]>)).toEqual([]);
  });

  it('links a factor to its cause in the Library, and back', async () => {
    await page.evaluate(() => [...document.querySelectorAll('a')].find((a) => a.textContent === 'About carrying a pack or vest')!.click());
    await page.waitForSelector('#lib-cause-load-carriage');
    const where = () => [document.activeElement?.id, document.querySelector('[role="tab"][aria-selected="true"]')?.textContent];
    await expect.poll(() => page.evaluate(where)).toEqual(['entry-cause-load-carriage', 'Library']);
    await page.evaluate(() => void (location.hash = '#my-back'));
    await page.waitForSelector('table.factors');
  });

  it('imports a Garmin Connect and an intervals.icu file, and merges a re-import by id', async () => {
    const before = await page.evaluate(storedRunCount);
    await importFile('Activities.csv', fixture('garmin-activities.csv'));
    expect(await page.evaluate(importMessage)).toMatch(/^Garmin Connect: 4 runs added/);
    await importFile('activities-icu.csv', fixture('intervals-icu-activities.csv'));
    expect(await page.evaluate(importMessage)).toMatch(/^intervals\.icu: 3 runs added/);
    expect(await page.evaluate(storedRunCount)).toBe(before + 7);
    await importFile('Activities.csv', fixture('garmin-activities.csv'));
    expect(await page.evaluate(importMessage)).toMatch(/^Garmin Connect: 0 runs added, 4 runs already here updated/);
    expect(await page.evaluate(storedRunCount)).toBe(before + 7);
  });

  it('leaves storage as it was for a wrong file and a cut-off one', async () => {
    const before = await page.evaluate(storedRunCount);
    await page.evaluate(pickFile, { name: 'steps.csv', text: 'Date,Steps\n2024-01-01,9000\n' });
    await expect.poll(() => page.evaluate(errorMessage)).toMatch(/not an activities export .* Nothing was changed/);
    // Cut inside the last quoted field, as an interrupted download would leave it.
    const whole = syntheticStravaExport(30).csv;
    const cut = whole.slice(0, whole.lastIndexOf(',"') + 5);
    await page.evaluate(pickFile, { name: 'activities.csv', text: cut });
    await expect.poll(() => page.evaluate(errorMessage)).toMatch(/damaged or cut short/);
    expect(await page.evaluate(storedRunCount)).toBe(before);
  });

  it('deletes every run, after asking', async () => {
    await page.evaluate(clickButton, 'Delete all my runs');
    await page.evaluate(clickButton, 'Yes, delete every run');
    await expect.poll(() => page.evaluate(summary)).toMatch(/No runs yet/);
    expect(await page.evaluate(storedRunCount)).toBe(0);
  });

  it('keeps the run of an activity page opened with the popup, once the runner opts in', async () => {
    const tab = await session().openTab(ACTIVITY.url);
    await expect.poll(() => tab.badge()).not.toBe('');
    const popup = await tab.openPopup();
    await popup.waitForSelector('.run-log input[type="checkbox"]');
    expect(await popup.evaluate(() => document.querySelector<HTMLInputElement>('.run-log input')!.checked)).toBe(false);
    expect(await page.evaluate(storedRunCount)).toBe(0);
    await popup.evaluate(() => document.querySelector<HTMLInputElement>('.run-log input[type="checkbox"]')!.click());
    await expect.poll(() => popup.evaluate(runLogStatus)).toBe('This run is in your log (1 run in all).');
    await popup.close();

    const stored = await page.evaluate(storedRun, 'strava:11223344556');
    expect(stored).toMatchObject({ source: 'strava', back: { pain: true } });
    expect(stored).toHaveProperty('distanceKm');
    // Opened again: the same run, not a second one.
    const again = await tab.openPopup();
    await expect.poll(() => again.evaluate(runLogStatus)).toBe('This run is in your log (1 run in all).');
    await again.close();
    await tab.close();
    await page.close();
  });

  it('never touches the network', () => {
    expect(session().routes.unexpected()).toEqual([]);
  });
}
