import { expect, it } from 'vitest';
import { commentHtml, THREAD_URL, threadContentHtml, threadPageHtml, type Thread, type ThreadComment } from '../fixtures/live/reddit-thread';
import { pointAtMention, readCard, type CardSnapshot } from './card.support';
import { expectedMarks, moreComments, OTHER_THREAD, readLiveMarks, THREAD } from './live-page.support';
import type { BrowserSession, TabPage } from './support/browser-session';
import { FixtureRoutes } from './support/fixture-routes';
import { unfoldMentionList } from './support/popup-mentions';

// Shared by hostile-pages.chromium.e2e.ts and hostile-pages.firefox.e2e.ts. Functions marked
// "in the page" are serialised into the page's main world: they must not use this module.

interface HostileScenario {
  name: string;
  url: string;
  html: () => string;
  /** Runs in the page before any of its scripts (and before ours). */
  init?: () => void;
  run(page: TabPage): Promise<void>;
}

export const url = (slug: string) => `https://www.reddit.com/r/running/comments/1hst${slug}/${slug}/`;
export const comment = (id: string, text: string): ThreadComment => ({ id, text });
export const withComments = (comments: ThreadComment[]): Thread => ({ ...THREAD, comments });

/** The page's own script: ticks while the page is alive, and checks its own built-ins work. */
export const SENTINEL = `<script>
  window.__sentinel = 0;
  setInterval(() => { window.__sentinel++; }, 20);
  window.__pageChecks = [
    [1, 2].map((x) => x * 2).join() === '2,4',
    JSON.stringify({ a: [1] }) === '{"a":[1]}',
    document.documentElement.contains(document.body),
    document.body.matches('body'),
    [...'ab'].length === 2,
  ];
  Promise.resolve().then(() => { window.__pageChecks.push(true); });
</script>`;

export function page(thread: Thread, extra = '', bodyAttrs = ''): string {
  return threadPageHtml(thread)
    .replace('<body>', `<body${bodyAttrs}>`)
    .replace('</body>', `${SENTINEL}${extra}</body>`);
}

// --- In the page (self-contained) ---

/** The sentinel's count and the page's own built-in checks. */
export function readSentinel(): { ticks: number; checks: boolean[] } {
  const w = window as unknown as { __sentinel?: number; __pageChecks?: boolean[] };
  return { ticks: w.__sentinel ?? -1, checks: w.__pageChecks ?? [] };
}

export function hostCount(): number {
  return document.querySelectorAll('[data-backlight-host]').length;
}

function highlightSize(): number {
  return CSS.highlights.get('backlight-active')?.size ?? 0;
}

function readGlobal(name: string): unknown {
  return (window as unknown as Record<string, unknown>)[name];
}

/** Elements that the payloads' text would have become, had it been parsed as HTML. */
const INJECTED = 'img, script:not([src]), iframe, svg[onload], shoulder, b, [onerror]';

/** In the card: how many of those are in its closed shadow root. */
function injectedInCard(_host: Element, root: ShadowRoot, selector: string): number {
  return root.querySelectorAll(selector).length;
}

/** Overrides built-ins, as a hostile or careless page may: any call from an extension's code throws and is logged. */
export function overrideBuiltins(): void {
  const calls: string[] = [];
  (window as unknown as { __extensionCalls: string[] }).__extensionCalls = calls;
  const fromExtension = () => /(chrome|moz)-extension:\/\//.test(new Error().stack ?? '');
  const override = (owner: object, key: PropertyKey, label: string) => {
    const original = Reflect.get(owner, key) as (...args: unknown[]) => unknown;
    Object.defineProperty(owner, key, {
      configurable: true,
      writable: true,
      value: function (this: unknown, ...args: unknown[]) {
        if (fromExtension()) {
          calls.push(label);
          throw new Error(`overridden ${label}`);
        }
        return Reflect.apply(original, this, args);
      },
    });
  };
  override(Array.prototype, 'map', 'Array.prototype.map');
  override(Array.prototype, Symbol.iterator, 'Array.prototype[Symbol.iterator]');
  override(Node.prototype, 'contains', 'Node.prototype.contains');
  override(Element.prototype, 'matches', 'Element.prototype.matches');
  override(JSON, 'stringify', 'JSON.stringify');
  override(Promise.prototype, 'then', 'Promise.prototype.then');
  override(Range.prototype, 'setStart', 'Range.prototype.setStart');
  override(HighlightRegistry.prototype, 'set', 'HighlightRegistry.prototype.set');
  override(EventTarget.prototype, 'addEventListener', 'EventTarget.prototype.addEventListener');
  override(MutationObserver.prototype, 'observe', 'MutationObserver.prototype.observe');
}

/** Removes our host every time it appears, for `times` times; then leaves it be. */
function removeHostOnSight(times: number): void {
  const w = window as unknown as { __removals: number };
  w.__removals = 0;
  const observer = new MutationObserver(() => {
    const host = document.querySelector('[data-backlight-host]');
    if (!host) return;
    host.remove();
    if (++w.__removals >= times) observer.disconnect();
  });
  observer.observe(document.documentElement, { childList: true });
}

/** `backlight-*` highlights and host elements in the frame. */
function frameMarks(): { highlights: number; hosts: number } {
  return {
    highlights: [...CSS.highlights.keys()].filter((k) => k.startsWith('backlight-')).length,
    hosts: document.querySelectorAll('[data-backlight-host]').length,
  };
}

/** An error logged and one thrown, where our content script runs. */
function throwCanary(): void {
  console.error('backlight-canary');
  setTimeout(() => {
    throw new Error('backlight-canary-throw');
  });
}

/** `history.pushState` to each URL in turn with its thread, `gapMs` apart. */
async function pushStates({ steps, gapMs }: { steps: { url: string; html: string }[]; gapMs: number }): Promise<void> {
  for (const step of steps) {
    history.pushState({}, '', step.url);
    document.getElementById('main-content')!.innerHTML = step.html;
    await new Promise((r) => setTimeout(r, gapMs));
  }
}

// --- Driving the page ---

/** Points at the marked mention containing `text`; the card, or null if none opened in `waitMs`. */
export async function hover(page: TabPage, text: string, waitMs = 5000): Promise<CardSnapshot | null> {
  if (!(await pointAtMention(page, text))) throw new Error(`“${text}” is not marked`);
  await expect.poll(() => readCard(page), { timeout: waitMs }).not.toBeNull().catch(() => undefined);
  return readCard(page);
}

/** The popup for the tab: its text, and the elements no page text may turn into. */
export async function popupView(page: TabPage): Promise<{ text: string; injected: number }> {
  const popup = await page.openPopup();
  await unfoldMentionList(popup);
  await popup.waitForSelector('.mention-button');
  const view = await popup.evaluate(
    (selector) => ({ text: document.body.innerText, injected: document.querySelectorAll(selector).length }),
    INJECTED,
  );
  await popup.close();
  // In Firefox the popup is a tab of its own: the page's tab back in front, so its clock ticks again.
  await page.bringToFront();
  return view;
}

/** `backlight-*` highlights and host elements inside each child frame. */
async function frameViews(page: TabPage): Promise<{ url: string; highlights: number; hosts: number }[]> {
  return (await page.evaluateInChildFrames(frameMarks)).map(({ url, result }) => ({ url, ...result }));
}

// --- Checks shared by every scenario ---

/** The toolbar badge for `count` mentions (extension/badge.ts needs the extension API to import). */
const badge = (count: number) => (count === 0 ? '' : count > 999 ? '999+' : String(count));

export async function expectMarks(page: TabPage, thread: Thread, timeout = 10_000): Promise<string[]> {
  const expected = expectedMarks(thread);
  await expect.poll(() => page.evaluate(readLiveMarks), { timeout, interval: 200 }).toEqual(expected);
  await expect.poll(() => page.badge(), { timeout, interval: 250 }).toBe(badge(expected.length));
  return expected;
}

/**
 * On a page too long to register whole: the badge counts every mention, and the highlight holds
 * the marks near the viewport, one per mention of a run of posts from the top, fewer than 1,000.
 */
async function expectWindowMarks(page: TabPage, thread: Thread, timeout: number): Promise<string[]> {
  const expected = expectedMarks(thread);
  await expect.poll(() => page.badge(), { timeout, interval: 250 }).toBe(badge(expected.length));
  await expect.poll(() => page.evaluate(readLiveMarks), { timeout }).not.toEqual([]);
  const registered = await page.evaluate(readLiveMarks);
  expect(registered.length).toBeLessThan(1000);
  expect(registered).toEqual(expected.slice(0, registered.length));
  return expected;
}

/** The page still runs its own script, and we left at most our one host element. */
export async function expectPageHealthy(page: TabPage): Promise<void> {
  const before = await page.evaluate(readSentinel);
  await new Promise((r) => setTimeout(r, 300));
  const after = await page.evaluate(readSentinel);
  expect(after.ticks).toBeGreaterThan(before.ticks);
  expect(after.checks).toEqual([true, true, true, true, true, true]);
  expect(await page.evaluate(hostCount)).toBeLessThanOrEqual(1);
}

/** Console lines that name our code or the browser's complaints about extensions. */
export function expectNoErrors(errors: readonly string[]): void {
  expect(errors.filter((e) => !/favicon\.ico/.test(e))).toEqual([]);
}

// --- Pages ---

const PAYLOAD_AUTHOR = '<img src=x onerror="window.__pwned=1">';
const PAYLOAD_THREAD = withComments([
  comment('x1', 'my mid back <b>aches</b></script><script>window.__pwned=2</script> after hill repeats'),
  comment('x2', 'Mid back & <shoulder> blade pain after runs <img src=x onerror="window.__pwned=3">'),
  comment('x3', 'my back </script> hurts <svg onload="window.__pwned=4">'),
]);

function payloadPage(): string {
  const escaped = PAYLOAD_AUTHOR.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return page(PAYLOAD_THREAD).replace('author="u_x1"', `author="${escaped}"`);
}

const SCRIPTS_THREAD = withComments([
  comment('r1', 'אחרי ריצה ארוכה my mid back aches after hill repeats, مرة أخرى'),
  comment('r2', '🏃🏽‍♀️💨 my lower back hurts 😩🔥 after 20 miles on the treadmill'),
  comment('r3', 'Cafe\u0301 run, then pain between my shoulder blades, n\u0303o joke'),
  comment('r4', 'Моя спина болит: my back hurts 腰痛 after long runs'),
  comment('r5', '👨‍👩‍👧upper back is sore👩🏾‍🦱 after racing in a hydration vest'),
]);

/** About 5 MB in one text node, one mention in every 1 KB. */
const HUGE_UNIT =
  'Easy miles today, legs fine, my mid back aches after the long run though. ' +
  'Cadence felt good and the pacing was steady along the canal path. '.repeat(14);
const HUGE_REPEAT = Math.ceil((5 * 1024 * 1024) / HUGE_UNIT.length);
const HUGE_THREAD = withComments([comment('huge', HUGE_UNIT.repeat(HUGE_REPEAT))]);
/** The page writes the text node itself: 5 MB through the test browsers' request interception takes minutes in Firefox. */
function hugePage(): string {
  const fill = `<script>document.querySelector('#t1_huge-comment-rtjson-content p').textContent = ${JSON.stringify(HUGE_UNIT)}.repeat(${HUGE_REPEAT});</script>`;
  return page(withComments([comment('huge', '')]), fill);
}

const MANY_THREAD = withComments(moreComments(0, 20_000));

const DEEP_TEXT = 'Fifty shadow roots down: my lower back hurts after hill repeats.';
const DEEP_THREAD = withComments([...THREAD.comments, comment('deep', DEEP_TEXT)]);
/** `levels` nested open shadow roots (declarative), each slotting its host's children one level deeper. */
function nestedShadows(levels: number, content: string): string {
  let shadow = '<template shadowrootmode="open"><slot></slot></template>';
  for (let level = 1; level < levels; level++) shadow = `<template shadowrootmode="open"><span>${shadow}<slot></slot></span></template>`;
  return `<span>${shadow}${content}</span>`;
}

/** The comment's text slotted through 50 nested open shadow roots. */
function deepPage(): string {
  return page(THREAD).replace(
    '</shreddit-comment-tree>',
    `<shreddit-comment thingid="t1_deep" author="u_deep" depth="0"><div slot="comment" id="t1_deep-comment-rtjson-content" class="md">` +
      `${nestedShadows(50, `<p>${DEEP_TEXT}</p>`)}</div></shreddit-comment></shreddit-comment-tree>`,
  );
}

const FRAMED = { same: url('frame1'), cross: 'https://www.strava.com/activities/7700123' };
function framesPage(): string {
  return page(THREAD, `<iframe src="${FRAMED.same}" width="400" height="300"></iframe><iframe src="${FRAMED.cross}" width="400" height="300"></iframe>`);
}

const NAV_THREADS: Thread[] = Array.from({ length: 20 }, (_, n) => ({
  title: `Thread ${n}`,
  body: n % 2 ? 'My lower back aches on every hill.' : 'Which gels do you use?',
  comments: moreComments(n * 3, 3 + (n % 4)),
}));
const NAV_URL = (n: number) => url(`nav${n}`);

const HOSTILE_ROUTES: { url: string; html: () => string }[] = [
  { url: FRAMED.same, html: () => page(OTHER_THREAD) },
  { url: FRAMED.cross, html: () => `<!doctype html><title>Run</title><div class="activity-description">My mid back aches after the long run.</div>` },
  ...[1, 2, 3, 4].map((n) => ({ url: url(`real${n}`), html: () => page(n % 2 ? THREAD : OTHER_THREAD) })),
];

const HOSTILE_SCENARIOS: HostileScenario[] = [
  {
    name: 'shows markup and script payloads in posts as text, in the card and the popup',
    url: url('payload'),
    html: payloadPage,
    async run(page) {
      const marks = await expectMarks(page, PAYLOAD_THREAD);
      expect(marks).toContain('t1_x1:mid back <b>aches');
      expect(await hover(page, 'mid back <b>aches')).not.toBeNull();
      expect(await page.evaluateInCard(injectedInCard, INJECTED)).toBe(0);
      const popup = await popupView(page);
      expect(popup.text).toContain('“mid back <b>aches”');
      expect(popup.text).toContain(PAYLOAD_AUTHOR);
      expect(popup.injected).toBe(0);
      expect(await page.evaluate(readGlobal, '__pwned')).toBeUndefined();
    },
  },
  {
    name: 'marks exact ranges in RTL and mixed scripts, with emoji and combining marks around mentions',
    url: url('scripts'),
    html: () => page(SCRIPTS_THREAD, '', ' dir="rtl"'),
    async run(page) {
      const marks = await expectMarks(page, SCRIPTS_THREAD);
      expect(marks).toHaveLength(6);
      expect(marks.join('')).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
      expect(await hover(page, 'lower back hurts')).not.toBeNull();
    },
  },
  {
    name: 'marks a 5 MB text node',
    url: url('huge'),
    html: hugePage,
    async run(page) {
      const marks = await expectWindowMarks(page, HUGE_THREAD, 40_000);
      expect(marks.length).toBeGreaterThan(5000);
    },
  },
  {
    name: 'marks a thread of 20,000 comments',
    url: url('many'),
    html: () => page(MANY_THREAD),
    async run(page) {
      const marks = await expectWindowMarks(page, MANY_THREAD, 45_000);
      expect(marks.length).toBeGreaterThan(10_000);
    },
  },
  {
    name: 'reads a comment 50 open shadow roots deep, and opens its card',
    url: url('deep'),
    html: deepPage,
    async run(page) {
      const marks = await expectMarks(page, DEEP_THREAD);
      expect(marks).toContain('t1_deep:lower back hurts');
      expect((await hover(page, 'lower back hurts'))?.name).toBe('Back pain: lower back');
    },
  },
  {
    name: 'runs in the top frame only: same-origin and cross-origin frames are left alone',
    url: url('frames'),
    html: framesPage,
    async run(page) {
      await expectMarks(page, THREAD);
      await expect.poll(() => frameViews(page).then((f) => f.length)).toBe(2);
      await new Promise((r) => setTimeout(r, 1000));
      const frames = await frameViews(page);
      expect(frames).toEqual([
        { url: FRAMED.same, highlights: 0, hosts: 0 },
        { url: FRAMED.cross, highlights: 0, hosts: 0 },
      ]);
    },
  },
  {
    name: 'is out of reach of built-ins the page overrides before our script runs',
    url: url('builtins'),
    html: () => page(THREAD),
    init: overrideBuiltins,
    async run(page) {
      await expectMarks(page, THREAD);
      expect((await hover(page, 'lower back gets really tight'))?.name).toBe('Back pain: lower back');
      await page.evaluate((html: string) => document.getElementById('comment-tree')!.insertAdjacentHTML('beforeend', html), commentHtml(comment('late', 'My upper back is sore after racing in a hydration vest.')));
      await expectMarks(page, withComments([...THREAD.comments, comment('late', 'My upper back is sore after racing in a hydration vest.')]));
      expect(await page.evaluate(readGlobal, '__extensionCalls')).toEqual([]);
    },
  },
  {
    name: 'gives up its host, not the page, when the page removes it on sight',
    url: url('remover'),
    html: () => page(THREAD),
    async run(page) {
      await expectMarks(page, THREAD);
      await page.evaluate(removeHostOnSight, 1_000_000);
      await hover(page, 'lower back gets really tight');
      await expectPageHealthy(page);
      // Each re-append of ours costs the page a removal: a few per card, not a microtask loop.
      expect(await page.evaluate(readGlobal, '__removals')).toBeLessThanOrEqual(5);
      await expectMarks(page, THREAD);
    },
  },
  {
    name: 'opens cards again after the page removed its host 20 times',
    url: url('remover20'),
    html: () => page(THREAD),
    async run(page) {
      await expectMarks(page, THREAD);
      await page.evaluate(removeHostOnSight, 20);
      for (let attempt = 0; attempt < 8 && (await page.evaluate(readGlobal, '__removals')) !== 20; attempt++) {
        await hover(page, attempt % 2 ? 'lower back gets really tight' : 'pain between my shoulder blades', 1000);
        await page.keyboardPress('Escape');
      }
      expect(await page.evaluate(readGlobal, '__removals')).toBe(20);
      expect((await hover(page, 'lower back gets really tight'))?.name).toBe('Back pain: lower back');
      expect(await page.evaluate(hostCount)).toBe(1);
    },
  },
  {
    name: 'ends with the last thread’s marks after 20 pushState navigations in a second',
    url: NAV_URL(99),
    html: () => page(THREAD),
    async run(page) {
      await expectMarks(page, THREAD);
      const steps = NAV_THREADS.map((thread, n) => ({ url: NAV_URL(n), html: threadContentHtml(thread) }));
      await page.evaluate(pushStates, { steps, gapMs: 50 });
      const last = NAV_THREADS.at(-1)!;
      const expected = await expectMarks(page, last);
      expect(await page.evaluate(highlightSize)).toBe(expected.length);
    },
  },
  {
    name: 'starts clean on each real navigation',
    url: url('real0'),
    html: () => page(OTHER_THREAD),
    async run(page) {
      for (const n of [2, 4, 1, 3]) {
        await page.goto(url(`real${n}`));
        await expectMarks(page, n % 2 ? THREAD : OTHER_THREAD);
      }
      expect((await hover(page, 'lower back gets really tight'))?.name).toBe('Back pain: lower back');
      expect(await page.evaluate(hostCount)).toBe(1);
    },
  },
];


export function hostileRoutes(): FixtureRoutes {
  const routes = new FixtureRoutes();
  for (const route of [...HOSTILE_ROUTES, ...HOSTILE_SCENARIOS]) routes.addHtml(route.url, route.html());
  routes.addHtml(THREAD_URL, threadPageHtml(THREAD));
  return routes;
}

/** The hostile-page tests, for a session launched with `hostileRoutes()`. */
export function hostilePageTests(session: () => BrowserSession): void {
  it('hears errors thrown in the content scripts’ world (so “no errors” below means something)', async () => {
    const errors: string[] = [];
    const tab = await session().openTab(THREAD_URL, { errors });
    await tab.executeScript(throwCanary);
    await expect.poll(() => errors.join('\n')).toMatch(/backlight-canary[\s\S]*backlight-canary-throw/);
    await tab.close();
  });

  for (const scenario of HOSTILE_SCENARIOS) {
    it(scenario.name, async () => {
      const errors: string[] = [];
      const tab = await session().openTab(scenario.url, { init: scenario.init, errors });
      await scenario.run(tab);
      await expectPageHealthy(tab);
      expectNoErrors(errors);
      await tab.close();
    });
  }

  it('never touches the network', () => {
    expect(session().routes.unexpected()).toEqual([]);
  });
}
