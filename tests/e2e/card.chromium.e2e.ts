import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AXE_PATH,
  CARD_THREAD,
  cardAxeViolations,
  expectedCard,
  HOSTILE_THREAD_URL,
  hostileThreadHtml,
  intersects,
  mentionBox,
  mentionPoint,
  pageStyle,
  readCard,
} from './card.support';
import { ChromiumSession } from './support/chromium';
import { FixtureRoutes } from './support/fixture-routes';
import { readHighlight } from './support/page-marks';

describe('Chromium: hover cards', () => {
  let session: ChromiumSession;

  beforeAll(async () => {
    const routes = new FixtureRoutes([CARD_THREAD]);
    routes.addHtml(HOSTILE_THREAD_URL, hostileThreadHtml());
    session = await ChromiumSession.launch(routes);
  });
  afterAll(() => session?.close());

  async function openThread(url = CARD_THREAD.url): Promise<Page> {
    const page = await session.open(url);
    await expect.poll(() => page.evaluate(readHighlight, 'backlight-active')).toHaveLength(4);
    return page;
  }

  async function hover(page: Page, text: string) {
    const point = await page.evaluate(mentionPoint, text);
    if (!point) throw new Error(`“${text}” is not marked`);
    await page.mouse.move(Math.max(1, point.x - 30), Math.max(1, point.y - 30));
    await page.mouse.move(point.x, point.y, { steps: 4 });
    await expect.poll(() => page.evaluate(readCard), { timeout: 5000 }).not.toBeNull();
    return (await page.evaluate(readCard))!;
  }

  async function step(page: Page, direction: 'next' | 'previous') {
    const tabId = await session.tabId(page);
    await session.worker.evaluate(
      ([id, s]) => chrome.tabs.sendMessage(id as number, { type: 'backlight:step', step: s }),
      [tabId, direction] as const,
    );
  }

  it('shows the post’s region, causes with quotes and grades, and remedies, beside the mention', async () => {
    const page = await openThread();
    const expected = expectedCard(CARD_THREAD, 'mid back burning');
    const card = await hover(page, 'mid back burning');
    expect(card.name).toBe('Back pain: mid back');
    expect(card.text).toContain(expected.regionLabel);
    for (const cause of expected.causes) {
      expect(card.text).toContain(cause.title);
      expect(card.text).toContain(cause.gradeLabel);
      for (const quote of cause.quotes) expect(card.text).toContain(`“${quote}”`);
    }
    expect(expected.causes.map((c) => c.quotes).flat()).toEqual(expect.arrayContaining(['hilly', 'hydration vest']));
    for (const remedy of expected.remedies) expect(card.text).toContain(remedy.firstStep);
    const mention = (await page.evaluate(mentionBox, 'mid back burning'))!;
    expect(intersects(card.box, mention)).toBe(false);
    await page.addScriptTag({ path: AXE_PATH });
    const axe = await page.evaluate(cardAxeViolations);
    expect(axe.serious).toEqual([]);
    expect(axe.rulesApplied).toBeGreaterThan(5);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(readCard)).toBeNull();
    await page.close();
  });

  it('puts a red flag first, with its urgency', async () => {
    const page = await openThread();
    const expected = expectedCard(CARD_THREAD, 'lower back aches');
    const card = await hover(page, 'lower back aches');
    expect(expected.redFlags?.tierLabel).toBe('See a doctor soon');
    const flagAt = card.text.indexOf(expected.redFlags!.tierLabel);
    expect(flagAt).toBeGreaterThan(-1);
    expect(flagAt).toBeLessThan(card.text.indexOf(expected.regionLabel));
    await page.close();
  });

  it('keeps the card open while the pointer travels into it, and closes it after leaving', async () => {
    const page = await openThread();
    const card = await hover(page, 'mid back burning');
    await page.mouse.move(card.box.left + 20, card.box.top + 20, { steps: 5 });
    await page.waitForTimeout(800);
    expect(await page.evaluate(readCard)).not.toBeNull();
    await page.mouse.move(5, 5);
    await expect.poll(() => page.evaluate(readCard)).toBeNull();
    await page.close();
  });

  it('steps between mentions from the keyboard command, with focus in the card, and Escape returns focus', async () => {
    const page = await openThread();
    await step(page, 'next');
    await expect.poll(() => page.evaluate(readCard).then((c) => c?.name)).toBe('Back pain');
    await step(page, 'next');
    await expect.poll(() => page.evaluate(readCard).then((c) => c?.name)).toBe('Back pain: mid back');
    const card = (await page.evaluate(readCard))!;
    expect(card.focusInCard).toBe(true);
    expect(card.focusHighlight).toEqual(['mid back burning']);
    await page.keyboard.press('Tab');
    await step(page, 'previous');
    await expect.poll(() => page.evaluate(readCard).then((c) => c?.name)).toBe('Back pain');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(readCard)).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
    await page.close();
  });

  it('puts its host back when the page removes it', async () => {
    const page = await openThread();
    await hover(page, 'mid back burning');
    await page.evaluate(() => document.querySelector('[data-backlight-host]')!.remove());
    await expect.poll(() => page.evaluate(() => document.querySelectorAll('[data-backlight-host]').length)).toBe(1);
    await page.keyboard.press('Escape');
    await page.mouse.move(1, 1);
    await expect.poll(() => page.evaluate(readCard)).toBeNull();
    await hover(page, 'lower back aches');
    await page.close();
  });

  it('survives hostile page CSS, and its own CSS stays in its shadow root', async () => {
    const page = await openThread(HOSTILE_THREAD_URL);
    const before = await page.evaluate(pageStyle);
    const card = await hover(page, 'mid back burning');
    expect(card.hostDisplay).toBe('block');
    expect(card.titleFontSize).toBe('15px');
    expect(card.box.width).toBeGreaterThan(250);
    expect(card.box.width).toBeLessThanOrEqual(340);
    expect(card.box.height).toBeGreaterThan(150);
    expect(card.text).toContain('Mid back');
    expect(await page.evaluate(pageStyle)).toEqual(before);
    await page.close();
  });

  it('hides a mention the reader says is not about back pain, also after a reload', async () => {
    const page = await openThread();
    await hover(page, 'back hurts');
    await page.getByRole('button', { name: 'Not about back pain' }).click();
    await expect.poll(() => page.evaluate(readHighlight, 'backlight-active')).toHaveLength(3);
    await page.reload();
    await expect.poll(() => page.evaluate(readHighlight, 'backlight-active')).toHaveLength(3);
    expect((await page.evaluate(readHighlight, 'backlight-active')).join(' ')).not.toContain('back hurts');
    await page.close();
  });

  it('turns Backlight off on the site, and it stays off after a reload', async () => {
    const page = await session.open(HOSTILE_THREAD_URL);
    await expect.poll(() => page.evaluate(readHighlight, 'backlight-active')).toHaveLength(4);
    await hover(page, 'lower back aches');
    await page.getByRole('button', { name: 'Turn off on this site' }).click();
    await expect.poll(() => page.evaluate(readHighlight, 'backlight-active')).toEqual([]);
    await page.reload();
    await page.waitForTimeout(1500);
    expect(await page.evaluate(readHighlight, 'backlight-active')).toEqual([]);
    expect(await session.badge(page)).toBe('');
    await page.close();
  });

  it('never touches the network', () => {
    expect(session.routes.unexpected()).toEqual([]);
  });
});
