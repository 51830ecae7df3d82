import { expect, it } from 'vitest';
import { cardModel, type CardModel } from '../../components/card/card-model';
import { analyze } from '../../core/analyze';
import { knowledge } from '../../core/knowledge';
import { readSavedPage } from '../../scripts/saved-page';
import { CARD_TEXT_EN } from '../../ui-text/en/card';
import type { BrowserSession, TabPage } from './support/browser-session';
import { cardAxeViolations } from './support/card-axe';
import { fixtureHtml } from './support/expected-marks';
import { FixtureRoutes, type FixturePage } from './support/fixture-routes';
import { readHighlight } from './support/page-marks';

// Shared by card.chromium.e2e.ts and card.firefox.e2e.ts. Functions marked "in the page" are
// serialised into the page's main world: they must not use anything from this module.

const CARD_THREAD: FixturePage = {
  url: 'https://www.reddit.com/r/running/comments/1cards1/back_pain_on_long_runs_and_hills/',
  file: 'cards/thread.html',
};

const HOSTILE_THREAD_URL = 'https://www.reddit.com/r/running/comments/1cards2/hostile_styles/';
/** The card thread again, at two more threads' addresses: one is turned off, the other must stay on. */
const THREAD_TURNED_OFF = 'https://www.reddit.com/r/running/comments/1cards3/turned_off/';
const THREAD_STILL_ON = 'https://www.reddit.com/r/running/comments/1cards4/still_on/';

/** A Strava activity whose own facts (its shoes' distance) back a cause of its description's mention. */
const STRAVA_ACTIVITY: FixturePage = { url: 'https://www.strava.com/activities/11223344556', file: 'sites/strava.html' };

/**
 * In the page: from now on, counts our host elements through every DOM change, record by record
 * (a batch of changes could hide a host that came and went); `__mostHosts` is the most at once.
 */
function watchHostCount(): void {
  const seen = window as unknown as { __mostHosts: number };
  const hosts = (nodes: NodeList) => [...nodes].filter((n) => n.nodeType === 1 && (n as Element).hasAttribute('data-backlight-host')).length;
  let count = document.querySelectorAll('[data-backlight-host]').length;
  seen.__mostHosts = count;
  new MutationObserver((records) => {
    for (const record of records) {
      count += hosts(record.addedNodes) - hosts(record.removedNodes);
      seen.__mostHosts = Math.max(seen.__mostHosts, count);
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
}

/** Page CSS that breaks careless injected UI. */
const HOSTILE_CSS = `<style>
  * { all: unset !important; }
  div, button, h2, h3, ul, li, svg, footer, header { display: none !important; }
  html { font-size: 40px !important; }
  [data-backlight-host], backlight-ui { display: none !important; position: static !important; transform: scale(3) !important; }
</style>`;

function hostileThreadHtml(): string {
  return fixtureHtml(CARD_THREAD).replace('</head>', `${HOSTILE_CSS}</head>`);
}

export function cardRoutes(): FixtureRoutes {
  const routes = new FixtureRoutes([CARD_THREAD, STRAVA_ACTIVITY]);
  routes.addHtml(HOSTILE_THREAD_URL, hostileThreadHtml());
  for (const url of [THREAD_TURNED_OFF, THREAD_STILL_ON]) routes.addHtml(url, fixtureHtml(CARD_THREAD));
  return routes;
}

/** What the card of the mention whose text contains `text` should say, computed in Node. */
function expectedCard(page: FixturePage, text: string): CardModel {
  const { facts, posts } = readSavedPage(fixtureHtml(page), page.url);
  for (const post of posts) {
    const analysis = analyze(post.text, { facts });
    const mention = analysis.mentions.find((m) => m.text.includes(text));
    if (mention) return cardModel({ key: 0, ...analysis }, mention, knowledge());
  }
  throw new Error(`No mention with “${text}” in ${page.file}`);
}

/** In the page: scrolls the marked mention containing `text` into view, and a point on its first line. */
export function mentionPoint(text: string): { x: number; y: number } | null {
  for (const mark of CSS.highlights.get('backlight-active') ?? []) {
    // The registry holds frozen copies (StaticRange): measured through a Range of the page's own.
    const range = document.createRange();
    range.setStart(mark.startContainer, mark.startOffset);
    range.setEnd(mark.endContainer, mark.endOffset);
    if (!range.toString().includes(text)) continue;
    range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
    const r = range.getClientRects()[0];
    if (r) return { x: r.left + Math.min(r.width / 2, 12), y: r.top + r.height / 2 };
  }
  return null;
}

/** In the page: the mention's whole box. */
function mentionBox(text: string): { left: number; top: number; right: number; bottom: number } | null {
  for (const mark of CSS.highlights.get('backlight-active') ?? []) {
    const range = document.createRange();
    range.setStart(mark.startContainer, mark.startOffset);
    range.setEnd(mark.endContainer, mark.endOffset);
    if (!range.toString().includes(text)) continue;
    const { left, top, right, bottom } = range.getBoundingClientRect();
    return { left, top, right, bottom };
  }
  return null;
}

export interface CardSnapshot {
  name: string;
  text: string;
  box: { left: number; top: number; right: number; bottom: number; width: number; height: number };
  titleFontSize: string;
  hostDisplay: string;
  focusInCard: boolean;
  activeElement: string;
}

/** In the card (see support/card-root.ts): the open card as a reader (or a screen reader) finds it, or null. */
function readCardIn(host: Element, root: ShadowRoot): CardSnapshot | null {
  const dialog = root.querySelector('[role="dialog"]');
  if (!dialog) return null;
  const title = root.getElementById(dialog.getAttribute('aria-labelledby') ?? '');
  const { left, top, right, bottom, width, height } = dialog.getBoundingClientRect();
  return {
    name: title?.textContent ?? '',
    text: (dialog as HTMLElement).innerText,
    box: { left, top, right, bottom, width, height },
    titleFontSize: title ? getComputedStyle(title).fontSize : '',
    hostDisplay: getComputedStyle(host).display,
    focusInCard: document.activeElement === host && dialog.contains(root.activeElement),
    activeElement: document.activeElement?.tagName ?? '',
  };
}

/** The open card of the tab, or null. */
export function readCard(tab: TabPage): Promise<CardSnapshot | null> {
  return tab.evaluateInCard(readCardIn, undefined);
}

/** In the page: styles of page elements that our stylesheet must never reach. */
function pageStyle(): string[] {
  return [...document.querySelectorAll('h1, p, article')].slice(0, 6).map((el) => {
    const s = getComputedStyle(el);
    return [s.display, s.fontSize, s.fontFamily, s.color, s.boxSizing, s.margin].join('|');
  });
}

/** In the card (or the toast): the centre of its shown button named `name`. */
function cardButtonIn(_host: Element, root: ShadowRoot, name: string): { x: number; y: number } | null {
  const button = [...root.querySelectorAll('button')].find(
    (b) => (b.getAttribute('aria-label') ?? b.textContent) === name && b.getClientRects().length > 0,
  );
  if (!button) return null;
  const r = button.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
}

/** In the card: whether its ⋯ menu button has focus. */
function menuButtonHasFocus(_host: Element, root: ShadowRoot): boolean {
  return root.activeElement?.getAttribute('aria-haspopup') === 'menu';
}

export interface ToastSnapshot {
  /** The live region's text. */
  status: string;
  role: string;
  buttons: string[];
  /** The report to copy by hand, when the clipboard refused it. */
  copyable: string | null;
  focusInToast: boolean;
  box: { top: number; bottom: number; left: number; right: number };
}

/** In the toast's host: the toast as a reader (or a screen reader) finds it. */
function readToastIn(host: Element, root: ShadowRoot): ToastSnapshot | null {
  const status = root.querySelector('[role="status"]');
  if (!status) return null;
  const toast = status.parentElement!;
  const { top, bottom, left, right } = toast.getBoundingClientRect();
  return {
    status: status.textContent ?? '',
    role: status.getAttribute('role') ?? '',
    buttons: [...root.querySelectorAll('button')].map((b) => b.getAttribute('aria-label') ?? b.textContent ?? ''),
    copyable: root.querySelector('textarea')?.value ?? null,
    focusInToast: document.activeElement === host,
    box: { top, bottom, left, right },
  };
}

/** The toast of the tab, or null while there is none. */
export function readToast(tab: TabPage): Promise<ToastSnapshot | null> {
  return tab.evaluateInCard(readToastIn, undefined, 'toast');
}

function intersects(
  a: { left: number; top: number; right: number; bottom: number },
  b: { left: number; top: number; right: number; bottom: number },
): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

// --- Driving a tab ---

/** The card thread (or its hostile copy) in a new tab, once its four mentions are marked. */
export async function openCardThread(session: BrowserSession, url = CARD_THREAD.url): Promise<TabPage> {
  const tab = await session.openTab(url);
  await expect.poll(() => tab.evaluate(readHighlight, 'backlight-active')).toHaveLength(4);
  return tab;
}

/** Moves the pointer onto the marked mention containing `text`, from a little above and left; false if none is marked. */
export async function pointAtMention(tab: TabPage, text: string): Promise<boolean> {
  const point = await tab.evaluate(mentionPoint, text);
  if (!point) return false;
  await tab.mouseMove(Math.max(1, point.x - 30), Math.max(1, point.y - 30));
  await tab.mouseMove(point.x, point.y, 4);
  return true;
}

/** Points at the mention containing `text` and returns its card, once open. */
export async function hoverMention(tab: TabPage, text: string): Promise<CardSnapshot> {
  if (!(await pointAtMention(tab, text))) throw new Error(`“${text}” is not marked`);
  await expect.poll(() => readCard(tab), { timeout: 5000 }).not.toBeNull();
  return (await readCard(tab))!;
}

export async function clickCardButton(tab: TabPage, name: string): Promise<void> {
  const button = await tab.evaluateInCard(cardButtonIn, name);
  if (!button) throw new Error(`No “${name}” button in the card`);
  await tab.mouseMove(button.x, button.y, 5);
  await tab.mouseClick(button.x, button.y);
}

/** Opens the card's ⋯ menu with a click, and clicks its item `name`. */
export async function chooseInCardMenu(tab: TabPage, name: string): Promise<void> {
  await clickCardButton(tab, 'More actions');
  await expect.poll(() => tab.evaluateInCard(cardButtonIn, name)).not.toBeNull();
  await clickCardButton(tab, name);
}

export async function clickToastButton(tab: TabPage, name: string): Promise<void> {
  const button = await tab.evaluateInCard(cardButtonIn, name, 'toast');
  if (!button) throw new Error(`No “${name}” button in the toast`);
  await tab.mouseMove(button.x, button.y, 5);
  await tab.mouseClick(button.x, button.y);
}

/** In the page: a text box of the page's own, focused, to paste into. */
function pasteBox(): void {
  const box = document.createElement('textarea');
  box.id = 'paste-here';
  document.body.prepend(box);
  box.focus();
}

/** What the clipboard holds, as a reader finds it: pasted with Ctrl+V into a text box of the page. */
async function pasteInPage(tab: TabPage): Promise<string> {
  await tab.evaluate(pasteBox);
  await tab.keyboardChord('Control', 'v');
  const pasted = await tab.evaluate(() => (document.getElementById('paste-here') as HTMLTextAreaElement).value);
  await tab.evaluate(() => document.getElementById('paste-here')!.remove());
  return pasted;
}

/** What the background's command relay sends for the step commands. */
const step = (tab: TabPage, direction: 'next' | 'previous') => tab.sendMessage({ type: 'backlight:step', step: direction });

// --- Tests shared by both browsers ---

/** The hover-card tests, for a session launched with `cardRoutes()`. The last two change the reader's settings. */
export function cardTests(session: () => BrowserSession): void {
  it('shows the post’s region, causes with quotes and grades, and remedies, beside the mention', async () => {
    const tab = await openCardThread(session());
    const expected = expectedCard(CARD_THREAD, 'mid back burning');
    const card = await hoverMention(tab, 'mid back burning');
    expect(card.name).toBe('Back pain: mid back');
    expect(card.text).toContain(expected.regionLabel);
    for (const cause of expected.causes) {
      expect(card.text).toContain(cause.title);
      expect(card.text).toContain(CARD_TEXT_EN.gradeLabel(cause.gradeLabel));
      for (const quote of cause.quotes) expect(card.text).toContain(`“${quote}”`);
    }
    expect(expected.causes.map((c) => c.quotes).flat()).toEqual(expect.arrayContaining(['hilly', 'hydration vest']));
    for (const remedy of expected.remedies) expect(card.text).toContain(remedy.firstStep);
    const mention = (await tab.evaluate(mentionBox, 'mid back burning'))!;
    expect(intersects(card.box, mention)).toBe(false);
    const axe = await cardAxeViolations(tab);
    expect(axe.serious).toEqual([]);
    expect(axe.rulesApplied).toBeGreaterThan(5);
    await clickCardButton(tab, 'More actions');
    await expect.poll(() => tab.evaluateInCard(cardButtonIn, 'Report a wrong or missed mark')).not.toBeNull();
    const withMenu = await cardAxeViolations(tab);
    expect(withMenu.serious).toEqual([]);
    // The first Escape closes the menu only, the second the card.
    await tab.keyboardPress('Escape');
    await expect.poll(() => tab.evaluateInCard(cardButtonIn, 'Report a wrong or missed mark')).toBeNull();
    expect(await readCard(tab)).not.toBeNull();
    await tab.keyboardPress('Escape');
    await expect.poll(() => readCard(tab)).toBeNull();
    await tab.close();
  });

  it('opens a card on a tap, as on a touch screen, and a tap beside the post closes it', async () => {
    const tab = await openCardThread(session());
    const point = (await tab.evaluate(mentionPoint, 'mid back burning'))!;
    await tab.tap(point.x, point.y);
    await expect.poll(() => readCard(tab).then((c) => c?.name), { timeout: 5000 }).toBe('Back pain: mid back');
    await new Promise((r) => setTimeout(r, 600));
    expect((await readCard(tab))?.name).toBe('Back pain: mid back');
    await tab.tap(4, point.y);
    await expect.poll(() => readCard(tab)).toBeNull();
    await tab.close();
  });

  it('shows an activity page’s own facts behind the causes they back', async () => {
    const tab = await session().openTab(STRAVA_ACTIVITY.url);
    const expected = expectedCard(STRAVA_ACTIVITY, 'Mid back burning');
    const facts = expected.causes.flatMap((cause) => cause.facts);
    // The activity's name ("Humid hills long run") is part of its post: its humidity, with the page's own, ranks in the top three.
    expect(facts).toEqual(expect.arrayContaining([expect.stringContaining('Humidity 88')]));
    await expect.poll(() => tab.evaluate(readHighlight, 'backlight-active')).toHaveLength(2);
    const card = await hoverMention(tab, 'Mid back burning');
    for (const fact of facts) expect(card.text).toContain(fact);
    await tab.close();
  });

  it('puts a red flag first, with its tier and that tier’s routing line once', async () => {
    const tab = await openCardThread(session());
    const expected = expectedCard(CARD_THREAD, 'lower back aches');
    const card = await hoverMention(tab, 'lower back aches');
    expect(expected.redFlags).toMatchObject({ tier: 'same-day', tierLabel: 'Get seen today' });
    expect(expected.redFlags!.routing).toMatch(/NHS 111/);
    const flagAt = card.text.indexOf(expected.redFlags!.tierLabel);
    expect(flagAt).toBeGreaterThan(-1);
    expect(flagAt).toBeLessThan(card.text.indexOf(expected.regionLabel));
    expect(card.text.split(expected.redFlags!.routing)).toHaveLength(2);
    await tab.close();
  });

  it('steps between mentions from the keyboard command, with focus in the card, and Escape returns focus', async () => {
    const tab = await openCardThread(session());
    await step(tab, 'next');
    await expect.poll(() => readCard(tab).then((c) => c?.name)).toBe('Back pain');
    await step(tab, 'next');
    // The flash lasts 1.5 s: read before the card, which takes Firefox a while to reach.
    await expect.poll(() => tab.evaluate(readHighlight, 'backlight-focus')).toEqual(['mid back burning']);
    await expect.poll(() => readCard(tab).then((c) => c?.name)).toBe('Back pain: mid back');
    const card = (await readCard(tab))!;
    expect(card.focusInCard).toBe(true);
    await tab.keyboardPress('Tab');
    await step(tab, 'previous');
    await expect.poll(() => readCard(tab).then((c) => c?.name)).toBe('Back pain');
    await tab.keyboardPress('Escape');
    await expect.poll(() => readCard(tab)).toBeNull();
    expect(await tab.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
    await tab.close();
  });

  it('puts its host back when the page removes it', async () => {
    const tab = await openCardThread(session());
    await hoverMention(tab, 'mid back burning');
    await tab.evaluate(() => document.querySelector('[data-backlight-host]')!.remove());
    await expect.poll(() => tab.evaluate(() => document.querySelectorAll('[data-backlight-host]').length)).toBe(1);
    await tab.keyboardPress('Escape');
    await tab.mouseMove(1, 1);
    await expect.poll(() => readCard(tab)).toBeNull();
    await hoverMention(tab, 'lower back aches');
    await tab.close();
  });

  it('survives hostile page CSS, and its own CSS stays in its shadow root', async () => {
    const tab = await openCardThread(session(), HOSTILE_THREAD_URL);
    const before = await tab.evaluate(pageStyle);
    const card = await hoverMention(tab, 'mid back burning');
    expect(card.hostDisplay).toBe('block');
    expect(card.titleFontSize).toBe('15px');
    expect(card.box.width).toBeGreaterThan(250);
    expect(card.box.width).toBeLessThanOrEqual(340);
    expect(card.box.height).toBeGreaterThan(150);
    expect(card.text).toContain('Mid back');
    expect(await tab.evaluate(pageStyle)).toEqual(before);
    await tab.close();
  });

  it('copies a report of the mark to paste anywhere, and says so', async () => {
    const tab = await openCardThread(session());
    await hoverMention(tab, 'mid back burning');
    await chooseInCardMenu(tab, 'Report a wrong or missed mark');
    await expect.poll(() => readToast(tab).then((t) => t?.status)).toMatch(/^Report copied\. Paste it wherever you like/);
    expect((await readToast(tab))!.copyable).toBeNull();
    expect(await readCard(tab)).toBeNull();
    const pasted = await pasteInPage(tab);
    const lines = pasted.split('\n');
    expect(lines[0]).toBe('Backlight: a wrong or missed mark');
    expect(lines).toContain(`Page: ${CARD_THREAD.url}`);
    expect(lines).toContain('Marked text: “mid back burning”');
    expect(lines).toContain('- “mid back burning”: region mid, status active');
    expect(pasted).toMatch(/^Causes Backlight read: .*hills/m);
    expect(lines.at(-1)).toBe('What I expected: ');
    expect(session().routes.unexpected()).toEqual([]);
    await tab.close();
  });

  it('hides a mark from the ⋯ menu with an undo toast that leaves focus alone, and Undo brings the mark back', async () => {
    const tab = await openCardThread(session());
    await hoverMention(tab, 'back hurts');
    await chooseInCardMenu(tab, 'Not about back pain');
    await expect.poll(() => tab.evaluate(readHighlight, 'backlight-active')).toHaveLength(3);
    await expect.poll(() => readToast(tab)).not.toBeNull();
    const toast = (await readToast(tab))!;
    expect(toast).toMatchObject({ role: 'status', buttons: ['Undo', 'Close'], focusInToast: false });
    expect(toast.status).toMatch(/^Mark hidden/);
    const toastAxe = await cardAxeViolations(tab, 'toast');
    expect(toastAxe.serious).toEqual([]);
    expect(toastAxe.rulesApplied).toBeGreaterThan(3);
    const height = await tab.evaluate(() => window.innerHeight);
    expect(toast.box.bottom).toBeLessThanOrEqual(height);
    expect(toast.box.bottom).toBeGreaterThan(height - 60);
    await clickToastButton(tab, 'Undo');
    await expect.poll(() => tab.evaluate(readHighlight, 'backlight-active')).toHaveLength(4);
    expect((await tab.evaluate(readHighlight, 'backlight-active')).join(' ')).toContain('back hurts');
    expect(await tab.evaluate(() => document.querySelectorAll('[data-backlight-host]').length)).toBe(0);
    await tab.reload();
    await expect.poll(() => tab.evaluate(readHighlight, 'backlight-active')).toHaveLength(4);
    await tab.close();
  });

  it('reaches Undo from the keyboard when the mark was hidden from the keyboard, and gives focus back after; a card opened meanwhile shares our one host', async () => {
    const tab = await openCardThread(session());
    await tab.evaluate(watchHostCount);
    await step(tab, 'next');
    await expect.poll(() => readCard(tab).then((c) => c?.focusInCard)).toBe(true);
    for (let i = 0; i < 8 && !(await tab.evaluateInCard(menuButtonHasFocus, undefined)); i++) await tab.keyboardPress('Tab');
    expect(await tab.evaluateInCard(menuButtonHasFocus, undefined)).toBe(true);
    await tab.keyboardPress('ArrowDown');
    await tab.keyboardPress('Enter');
    await expect.poll(() => tab.evaluate(readHighlight, 'backlight-active')).toHaveLength(3);
    await expect.poll(() => readToast(tab).then((t) => t?.focusInToast)).toBe(true);
    // Focus holds the toast while the pointer opens another card: both in one host.
    await hoverMention(tab, 'mid back burning');
    expect(await readToast(tab)).toMatchObject({ focusInToast: true });
    expect(await tab.evaluate(() => document.querySelectorAll('[data-backlight-host]').length)).toBe(1);
    await tab.keyboardPress('Enter');
    await expect.poll(() => tab.evaluate(readHighlight, 'backlight-active')).toHaveLength(4);
    expect(await readToast(tab)).toBeNull();
    expect(await tab.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
    expect(await tab.evaluate(() => (window as unknown as { __mostHosts: number }).__mostHosts)).toBe(1);
    await tab.close();
  });

  it('turns off one thread: marks go, another thread of the site stays on, SPA moves included, and Undo brings them back', async () => {
    const tab = await openCardThread(session(), THREAD_TURNED_OFF);
    await hoverMention(tab, 'lower back aches');
    await chooseInCardMenu(tab, 'Turn off on this thread');
    await expect.poll(() => tab.evaluate(readHighlight, 'backlight-active')).toEqual([]);
    await expect.poll(() => readToast(tab).then((t) => t?.status)).toBe('Backlight is off on this thread.');
    const other = await openCardThread(session(), THREAD_STILL_ON);
    await other.close();
    await tab.bringToFront();
    await tab.evaluate((path) => history.pushState({}, '', path), new URL(THREAD_STILL_ON).pathname);
    await expect.poll(() => tab.evaluate(readHighlight, 'backlight-active')).toHaveLength(4);
    await tab.evaluate((path) => history.pushState({}, '', path), new URL(THREAD_TURNED_OFF).pathname);
    await expect.poll(() => tab.evaluate(readHighlight, 'backlight-active')).toEqual([]);
    await clickToastButton(tab, 'Undo');
    await expect.poll(() => tab.evaluate(readHighlight, 'backlight-active')).toHaveLength(4);
    await tab.close();
  });

  it('turns off the site from the ⋯ menu, and Undo brings its marks back without a reload', async () => {
    const tab = await openCardThread(session());
    await hoverMention(tab, 'mid back burning');
    await chooseInCardMenu(tab, 'Turn off on this site');
    await expect.poll(() => tab.evaluate(readHighlight, 'backlight-active')).toEqual([]);
    await expect.poll(() => readToast(tab).then((t) => t?.status)).toBe('Backlight is off on www.reddit.com.');
    await clickToastButton(tab, 'Undo');
    await expect.poll(() => tab.evaluate(readHighlight, 'backlight-active')).toHaveLength(4);
    await expect.poll(() => tab.badge()).toBe('4');
    await tab.close();
  });

  it('hides a mention the reader says is not about back pain, also after a reload', async () => {
    const tab = await openCardThread(session());
    await hoverMention(tab, 'back hurts');
    await chooseInCardMenu(tab, 'Not about back pain');
    await expect.poll(() => tab.evaluate(readHighlight, 'backlight-active')).toHaveLength(3);
    await tab.reload();
    await expect.poll(() => tab.evaluate(readHighlight, 'backlight-active')).toHaveLength(3);
    expect((await tab.evaluate(readHighlight, 'backlight-active')).join(' ')).not.toContain('back hurts');
    await tab.close();
  });

  it('turns Backlight off on the site, and it stays off after a reload', async () => {
    const tab = await openCardThread(session(), HOSTILE_THREAD_URL);
    await hoverMention(tab, 'lower back aches');
    await chooseInCardMenu(tab, 'Turn off on this site');
    await expect.poll(() => tab.evaluate(readHighlight, 'backlight-active')).toEqual([]);
    await tab.reload();
    await new Promise((r) => setTimeout(r, 1500));
    expect(await tab.evaluate(readHighlight, 'backlight-active')).toEqual([]);
    expect(await tab.badge()).toBe('');
    await tab.close();
  });

  it('never touches the network', () => {
    expect(session().routes.unexpected()).toEqual([]);
  });
}
