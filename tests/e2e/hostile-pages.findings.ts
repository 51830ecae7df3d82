import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { commentHtml } from '../fixtures/live/reddit-thread';
import { chooseInCardMenu, hoverMention, readCard, readToast } from './card.support';
import {
  comment,
  expectMarks,
  expectNoErrors,
  expectPageHealthy,
  hostCount,
  hover,
  page,
  popupView,
  SENTINEL,
  url,
  withComments,
} from './hostile-pages.support';
import { moreComments, THREAD } from './live-page.support';
import type { BrowserPage, BrowserSession, TabPage } from './support/browser-session';
import type { FixtureRoutes } from './support/fixture-routes';
import { readHighlight } from './support/page-marks';

// One hostile page per finding of issue 18 ("A page cannot stop Backlight, drive its card, learn
// that it is there, or fill its storage"), shared by hostile-pages.chromium.e2e.ts and
// hostile-pages.firefox.e2e.ts. Functions marked "in the page" are serialised into the page's
// main world, where the hostile page's own scripts run: they must not use this module.

interface Finding {
  name: string;
  url: string;
  html: () => string;
  /** Runs in the page before any of its scripts; given the extension's id, as a page may know it. */
  init?: (extensionId: string) => () => void;
  run(tab: TabPage, session: BrowserSession): Promise<void>;
}

/** A paused page: a subreddit that is not about running (Backlight's default leaves it alone). */
const PAUSED_URL = (slug: string) => `https://www.reddit.com/r/cooking/comments/1hst${slug}/${slug}/`;
const LATE = comment('late', 'My upper back is sore after racing in a hydration vest.');
const MANY = withComments(moreComments(0, 8));
const STRAVA_PADDED = 'https://www.strava.com/activities/7700999';
const HTTP_THREAD = 'http://www.reddit.com/r/running/comments/1hstf10/f10/';

// --- In the page (self-contained) ---

/** What WXT's content-script context listened for: a page that knows the id sends it, by event and by message. */
function fakeScriptStarted(extensionId: string): void {
  for (const entry of ['content', 'content-script']) {
    const type = `${extensionId}:${entry}:wxt:content-script-started`;
    document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: entry, messageId: 'page' } }));
    window.postMessage({ type, contentScriptName: entry, messageId: 'page' }, '*');
  }
}

function appendComment(html: string): void {
  document.getElementById('comment-tree')!.insertAdjacentHTML('beforeend', html);
}

/**
 * An init script, with the extension's id baked in, that records every message posted to the
 * page and every event under a name WXT derives from the id (`__heard`).
 */
function listenForOurNames(extensionId: string): () => void {
  const body = (id: string) => {
    const heard: string[] = [];
    (window as unknown as { __heard: string[] }).__heard = heard;
    window.addEventListener('message', (e) => {
      let text: string;
      try {
        text = JSON.stringify(e.data);
      } catch {
        text = String(e.data);
      }
      if (text.includes(id) || /wxt|backlight/i.test(text)) heard.push(`message ${text}`);
    });
    for (const entry of ['content', 'content-script']) {
      for (const event of ['wxt:content-script-started', 'wxt:locationchange']) {
        const type = `${id}:${entry}:${event}`;
        for (const target of [window, document]) target.addEventListener(type, () => heard.push(`event ${type}`), true);
      }
    }
  };
  // As source with the id in it: init scripts take no arguments.
  return new Function(`(${body.toString()})(${JSON.stringify(extensionId)});`) as () => void;
}

function heard(): string[] {
  return (window as unknown as { __heard?: string[] }).__heard ?? ['init script did not run'];
}

/** Everything of ours a page could find: highlights, adopted sheets that style them, host elements. */
function tracesOfUs(): { highlights: string[]; adoptedSheets: number; hosts: number } {
  return {
    highlights: [...CSS.highlights.keys()],
    adoptedSheets: document.adoptedStyleSheets.length,
    hosts: document.querySelectorAll('backlight-ui, [data-backlight-host]').length,
  };
}

/** The centre of the first line of `text` in the page, found with a Range of the page's own. */
function pointAtText(text: string): { x: number; y: number } | null {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = (node as Text).data.indexOf(text);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + text.length);
    (node.parentElement as HTMLElement).scrollIntoView({ block: 'center', behavior: 'instant' });
    const r = range.getClientRects()[0];
    if (r) return { x: r.left + Math.min(r.width / 2, 12), y: r.top + r.height / 2 };
  }
  return null;
}

/** Made-up pointer and touch events over `text`, as a page can dispatch them (isTrusted false). */
async function fakePointerAt(text: string): Promise<void> {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = (node as Text).data.indexOf(text);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + text.length);
    const r = range.getClientRects()[0]!;
    const init = { clientX: r.left + 4, clientY: r.top + r.height / 2, bubbles: true, composed: true };
    const target = document.elementFromPoint(init.clientX, init.clientY) ?? document.body;
    for (let i = 0; i < 10; i++) {
      target.dispatchEvent(new PointerEvent('pointermove', { ...init, pointerType: 'mouse' }));
      target.dispatchEvent(new PointerEvent('pointerdown', { ...init, pointerType: 'touch' }));
      target.dispatchEvent(new PointerEvent('pointerup', { ...init, pointerType: 'touch' }));
      target.dispatchEvent(new MouseEvent('click', init));
      await new Promise((done) => setTimeout(done, 100));
    }
    return;
  }
  throw new Error(`no “${text}” in the page`);
}

/** The page's try at the open card: its root, and made-up clicks and keys on everything it can reach. */
function fakeCardInput(): { rootVisible: boolean; hosts: number } {
  const host = document.querySelector('backlight-ui, [data-backlight-host]') as HTMLElement | null;
  if (!host) return { rootVisible: false, hosts: 0 };
  const box = host.getBoundingClientRect();
  const init = { clientX: box.left + 20, clientY: box.top + 20, bubbles: true, composed: true };
  host.click();
  host.dispatchEvent(new MouseEvent('click', init));
  for (const key of ['Enter', ' ', 'ArrowDown', 'ArrowUp']) host.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
  document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  return { rootVisible: host.shadowRoot !== null, hosts: document.querySelectorAll('backlight-ui').length };
}

/** The page's try at the undo toast: made-up clicks on it, and Enter, Space and Escape. */
function fakeToastInput(): { rootVisible: boolean; hosts: number } {
  const host = document.querySelector('backlight-ui') as HTMLElement | null;
  if (!host) return { rootVisible: false, hosts: 0 };
  const box = host.getBoundingClientRect();
  for (const [x, y] of [[box.left + 10, box.top + 10], [innerWidth / 2, innerHeight - 30]]) {
    const init = { clientX: x, clientY: y, bubbles: true, composed: true };
    for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) host.dispatchEvent(new MouseEvent(type, init));
  }
  host.click();
  for (const key of ['Enter', ' ', 'Escape']) host.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
  return { rootVisible: host.shadowRoot !== null, hosts: document.querySelectorAll('backlight-ui').length };
}

/** In the card: whether its ⋯ menu is open. */
function cardMenuOpen(_host: Element, root: ShadowRoot): boolean {
  return root.querySelector('[aria-haspopup="menu"]')?.getAttribute('aria-expanded') === 'true';
}

/** The page tries to move each registered mark onto its advert; how many moved. */
function moveOurRanges(): number {
  const advert = document.getElementById('advert')!;
  let moved = 0;
  for (const range of CSS.highlights.get('backlight-active') ?? []) {
    const live = range as unknown as Partial<Range>;
    try {
      live.selectNodeContents!(advert.firstChild!);
      moved++;
    } catch {
      try {
        live.setStart!(advert.firstChild!, 0);
        moved++;
      } catch {
        // A frozen copy: nothing to move.
      }
    }
  }
  return moved;
}

/** Makes the page's URL as long as the browser allows (Chromium 2 MB, Firefox 1 MB); its length. */
function stretchUrl(): number {
  for (const size of [1_900_000, 900_000]) {
    try {
      history.replaceState({}, '', `${location.pathname}${'x'.repeat(size)}/`);
      if (location.href.length > size) break;
    } catch {
      // Too long for this browser: try shorter.
    }
  }
  return location.href.length;
}

/** In an extension page: the stored settings, their size as JSON, and how many dismissals they hold. */
async function storedSettings(): Promise<{ bytes: number; dismissed: number; longestPage: number; disabledHosts: string[]; badge: unknown }> {
  const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
  const { settings } = (await api.storage.local.get('settings')) as { settings?: { dismissed?: { page: string }[]; disabledHosts?: string[]; badge?: unknown } };
  return {
    bytes: JSON.stringify(settings ?? null).length,
    dismissed: settings?.dismissed?.length ?? 0,
    longestPage: Math.max(0, ...(settings?.dismissed ?? []).map((d) => d.page.length)),
    disabledHosts: settings?.disabledHosts ?? [],
    badge: settings?.badge,
  };
}

/** In an extension page: forgets the stored settings, so later tests start from the defaults. */
async function forgetSettings(): Promise<void> {
  const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
  await api.storage.local.remove('settings');
}

/** In an extension page: counts the count messages content scripts send from now on (`__counts`). */
function countCountMessages(): void {
  const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
  const w = globalThis as unknown as { __counts: number };
  w.__counts = 0;
  api.runtime.onMessage.addListener((message: unknown) => {
    if ((message as { type?: string } | null)?.type === 'backlight:count') w.__counts++;
  });
}

function countsHeard(): number {
  return (globalThis as unknown as { __counts: number }).__counts;
}

/** A clock that ticks every 50 ms, re-rendering its element, and a comment added every 400 ms. */
const CLOCK = `<div id="clock"></div><script>
  setInterval(() => { document.getElementById('clock').innerHTML = '<b>' + Date.now() + '</b>'; }, 50);
  let added = 0;
  setInterval(() => {
    if (added >= 5) return;
    document.getElementById('comment-tree').insertAdjacentHTML('beforeend',
      '<shreddit-comment thingid="t1_tick' + added + '" author="u_tick" depth="0"><div slot="comment" id="t1_tick' + added++ + '-comment-rtjson-content" class="md"><p>Tick: my lower back aches after hills.</p></div></shreddit-comment>');
  }, 400);
</script>`;

/** In an options page: switches the badge option, as a reader's click does. */
function toggleBadgeOption(): void {
  const box = [...document.querySelectorAll('label')].find((label) => /toolbar button/i.test(label.textContent ?? ''))?.querySelector('input');
  if (!box) throw new Error('no badge option');
  box.click();
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function extensionPage(session: BrowserSession, tab: TabPage): Promise<BrowserPage> {
  const ext = await session.openExtensionPage('options.html');
  await tab.bringToFront();
  return ext;
}

/**
 * The Strava fixture with a megabyte of spaces before every part of every stat, put there by the
 * page, and two stats made of nothing else: a moving time of spaces and a dash (what made the
 * duration parser backtrack) and a heading with spaces between two dashes (the sport type's).
 */
function paddedStravaPage(): string {
  const html = readFileSync(resolve(import.meta.dirname, '../fixtures/sites/strava.html'), 'utf8');
  const pad = `<script>
    const spaces = ' '.repeat(1024 * 1024);
    for (const stat of document.querySelectorAll('.inline-stats li, .more-stats .row, .weather-stat, .gear, #heading .title')) {
      for (const part of stat.querySelectorAll('*')) part.prepend(spaces);
      stat.append(spaces);
    }
    const moving = [...document.querySelectorAll('.inline-stats li')].find((li) => /moving time/i.test(li.textContent));
    moving.querySelector('strong').textContent = spaces + '-';
    document.querySelector('#heading .title').append('-' + spaces + '-');
  </script>`;
  return html.replace('</body>', `${SENTINEL}${pad}</body>`);
}

// --- The findings ---

const FINDINGS: Finding[] = [
  {
    name: '#1 a made-up “content script started” event leaves the marks, and later comments are marked',
    url: url('f1'),
    html: () => page(THREAD),
    async run(tab, session) {
      await expectMarks(tab, THREAD);
      await tab.evaluate(fakeScriptStarted, session.extensionId);
      await sleep(1000);
      await expectMarks(tab, THREAD);
      await tab.evaluate(appendComment, commentHtml(LATE));
      await expectMarks(tab, withComments([...THREAD.comments, LATE]));
      expect((await hover(tab, 'lower back gets really tight'))?.name).toBe('Back pain: lower back');
      expect((await popupView(tab)).text).toContain('upper back is sore');
    },
  },
  {
    name: '#2 no message or event of ours names the extension to the page, through marks, a card and an SPA move',
    url: url('f2'),
    html: () => page(THREAD),
    init: listenForOurNames,
    async run(tab) {
      await expectMarks(tab, THREAD);
      await hover(tab, 'lower back gets really tight');
      await tab.evaluate(() => history.pushState({}, '', `${location.pathname}moved/`));
      await sleep(1500);
      expect(await tab.evaluate(heard)).toEqual([]);
    },
  },
  {
    name: '#2 a paused page finds nothing of ours: no highlight, no adopted sheet, no host, no message, even under the pointer',
    url: PAUSED_URL('f2p'),
    html: () => page(THREAD),
    init: listenForOurNames,
    async run(tab) {
      await sleep(1500);
      const point = (await tab.evaluate(pointAtText, 'lower back gets really tight'))!;
      await tab.mouseMove(point.x, point.y, 4);
      await sleep(1500);
      expect(await tab.evaluate(tracesOfUs)).toEqual({ highlights: [], adoptedSheets: 0, hosts: 0 });
      expect(await tab.evaluate(heard)).toEqual([]);
      expect(await tab.badge()).toBe('');
    },
  },
  {
    name: '#3 made-up pointer, touch, click and key events neither open a card nor press its buttons',
    url: url('f3'),
    html: () => page(THREAD),
    async run(tab) {
      await expectMarks(tab, THREAD);
      await tab.evaluate(fakePointerAt, 'lower back gets really tight');
      await sleep(1000);
      expect(await tab.evaluate(hostCount)).toBe(0);
      expect((await hover(tab, 'lower back gets really tight'))?.name).toBe('Back pain: lower back');
      expect(await tab.evaluate(fakeCardInput)).toEqual({ rootVisible: false, hosts: 1 });
      await sleep(1000);
      // Still open (the made-up Escape did nothing), its menu shut, and the site is still on: nothing was pressed.
      expect((await readCard(tab))?.name).toBe('Back pain: lower back');
      expect(await tab.evaluateInCard(cardMenuOpen, undefined)).toBe(false);
      await expectMarks(tab, THREAD);
    },
  },
  {
    name: '#3 made-up clicks and keys on the undo toast neither press Undo nor close it, and it leaves no element behind',
    url: url('f3t'),
    html: () => page(THREAD),
    async run(tab, session) {
      const marks = await expectMarks(tab, THREAD);
      await hoverMention(tab, 'lower back gets really tight');
      await chooseInCardMenu(tab, 'Not about back pain');
      await expect.poll(() => readToast(tab).then((t) => t?.buttons)).toEqual(['Undo', 'Close']);
      const hidden = marks.length - 1;
      await expect.poll(() => tab.evaluate(readHighlight, 'backlight-active').then((m) => m.length)).toBe(hidden);
      expect(await tab.evaluate(fakeToastInput)).toEqual({ rootVisible: false, hosts: 1 });
      await sleep(1000);
      expect(await readToast(tab)).not.toBeNull();
      expect(await tab.evaluate(readHighlight, 'backlight-active')).toHaveLength(hidden);
      await tab.mouseMove(1, 1);
      await expect.poll(() => tab.evaluate(hostCount), { timeout: 15_000 }).toBe(0);
      expect(await tab.evaluate(readHighlight, 'backlight-active')).toHaveLength(hidden);
      const ext = await extensionPage(session, tab);
      await ext.evaluate(forgetSettings);
      await ext.close();
    },
  },
  {
    name: '#4 dismissals on a page with a megabyte URL store a bounded key, far under 100 KB',
    url: url('f4'),
    html: () => page(MANY),
    async run(tab, session) {
      await expectMarks(tab, MANY);
      expect(await tab.evaluate(stretchUrl)).toBeGreaterThan(800_000);
      const before = (await tab.evaluate(readHighlight, 'backlight-active')).length;
      for (const text of ['mid back aches', 'back hurts', 'mid back aches']) {
        await hoverMention(tab, text);
        await chooseInCardMenu(tab, 'Not about back pain');
        await tab.mouseMove(1, 1);
      }
      await expect.poll(() => tab.evaluate(readHighlight, 'backlight-active').then((marks) => marks.length)).toBe(before - 3);
      const ext = await extensionPage(session, tab);
      try {
        const stored = await ext.evaluate(storedSettings);
        expect(stored.dismissed).toBe(3);
        expect(stored.longestPage).toBeLessThanOrEqual(200);
        expect(stored.bytes).toBeLessThan(100 * 1024);
      } finally {
        await ext.evaluate(forgetSettings);
        await ext.close();
      }
    },
  },
  {
    name: '#5 a page that moves the registered ranges moves no mark, and no card opens over its text',
    url: url('f5'),
    html: () => page(THREAD, '<div id="advert" style="font-size:24px;padding:20px">Buy our supplement now</div>'),
    async run(tab) {
      const marks = await expectMarks(tab, THREAD);
      expect(await tab.evaluate(moveOurRanges)).toBe(0);
      await expectMarks(tab, THREAD);
      expect(await tab.evaluate(readHighlight, 'backlight-active')).toHaveLength(marks.length);
      const advert = (await tab.evaluate(pointAtText, 'Buy our supplement now'))!;
      await tab.mouseMove(advert.x, advert.y, 4);
      await sleep(1500);
      expect(await tab.evaluate(hostCount)).toBe(0);
      expect((await hover(tab, 'lower back gets really tight'))?.name).toBe('Back pain: lower back');
    },
  },
  {
    name: '#6 a megabyte of spaces in every Strava stat (and stats of spaces and dashes): the marks, a card and the popup’s report all come',
    url: STRAVA_PADDED,
    html: paddedStravaPage,
    async run(tab) {
      await expect.poll(() => tab.evaluate(readHighlight, 'backlight-active'), { timeout: 10_000 }).toHaveLength(2);
      const card = await hoverMention(tab, 'Mid back burning');
      // The weather stat's humidity, behind the cause the activity's name ("Humid…") hints at.
      expect(card.text).toContain('Humidity 88');
      const popup = await popupView(tab);
      expect(popup.text).toContain('Mid back burning');
    },
  },
  {
    name: '#7 a ticking clock on a paused page sends no count message; on a marked page, one per change',
    url: PAUSED_URL('f7'),
    html: () => page(THREAD, CLOCK),
    async run(tab, session) {
      const ext = await extensionPage(session, tab);
      try {
        await ext.evaluate(countCountMessages);
        await sleep(3000);
        expect(await tab.evaluate(tracesOfUs)).toEqual({ highlights: [], adoptedSheets: 0, hosts: 0 });
        expect(await ext.evaluate(countsHeard)).toBe(0);
        const marked = await session.openTab(url('f7on'));
        await expect.poll(() => marked.evaluate(readHighlight, 'backlight-active').then((m) => m.length), { timeout: 10_000 }).toBe(2 + 5);
        await sleep(1500);
        // The first count, then at most one for each of the clock page's five new comments: never a tick's.
        const counts = await ext.evaluate(countsHeard);
        expect(counts).toBeGreaterThan(0);
        expect(counts).toBeLessThanOrEqual(6);
        await expectPageHealthy(marked);
        await marked.close();
      } finally {
        await ext.close();
      }
    },
  },
  {
    name: '#8 an element named like our page UI does not stop cards',
    url: url('f8'),
    html: () => page(THREAD, '<div id="backlightPageUi">page</div><form name="backlightPageUi"></form>'),
    async run(tab) {
      await expectMarks(tab, THREAD);
      expect((await hover(tab, 'lower back gets really tight'))?.name).toBe('Back pain: lower back');
    },
  },
  {
    name: '#10 a supported site over plain http is left alone',
    url: HTTP_THREAD,
    html: () => page(THREAD),
    async run(tab) {
      expect(await tab.evaluate(() => location.protocol)).toBe('http:');
      await sleep(1500);
      expect(await tab.evaluate(tracesOfUs)).toEqual({ highlights: [], adoptedSheets: 0, hosts: 0 });
    },
  },
  // Last: it turns Backlight off on reddit (and turns it back on after).
  {
    name: '#9 an options page open in another tab does not undo a turn-off from a card, and shows it',
    url: url('f9'),
    html: () => page(THREAD),
    async run(tab, session) {
      await expectMarks(tab, THREAD);
      const options = await extensionPage(session, tab);
      try {
        await options.waitForSelector('input[type="checkbox"]');
        await hoverMention(tab, 'lower back gets really tight');
        await chooseInCardMenu(tab, 'Turn off on this site');
        await expect.poll(() => tab.evaluate(readHighlight, 'backlight-active')).toEqual([]);
        await expect.poll(() => options.evaluate(() => document.body.innerText)).toContain('www.reddit.com');
        await options.evaluate(toggleBadgeOption);
        await expect.poll(() => options.evaluate(storedSettings).then((s) => s.badge)).toBe(false);
        expect((await options.evaluate(storedSettings)).disabledHosts).toEqual(['www.reddit.com']);
      } finally {
        await options.evaluate(forgetSettings);
        await options.close();
      }
    },
  },
];

export function addFindingRoutes(routes: FixtureRoutes): FixtureRoutes {
  for (const finding of FINDINGS) routes.addHtml(finding.url, finding.html());
  routes.addHtml(url('f7on'), page(THREAD, CLOCK));
  return routes;
}

/** The issue-18 findings, for a session launched with `addFindingRoutes(…)`. */
export function findingTests(session: () => BrowserSession): void {
  for (const finding of FINDINGS) {
    it(finding.name, async () => {
      const errors: string[] = [];
      const tab = await session().openTab(finding.url, { init: finding.init?.(session().extensionId), errors });
      await finding.run(tab, session());
      await expectPageHealthy(tab);
      expectNoErrors(errors);
      await tab.close();
    });
  }
}
