import { expect, it } from 'vitest';
import type { BrowserSession, TabPage } from './support/browser-session';
import { FixtureRoutes, type FixturePage } from './support/fixture-routes';
import { readHighlight } from './support/page-marks';

// Shared by card-fit.chromium.e2e.ts and card-fit.firefox.e2e.ts: a card lies wholly inside the
// window and off its mention, for a mention at mid-screen and at each edge, in a wide and a narrow
// window. Functions marked "in the page" or "in the content-script world" are serialised there.

/** Five replies pinned to the window's centre, top, bottom, left and right edges, in document order. */
const EDGES: FixturePage = { url: 'https://www.reddit.com/r/running/comments/1edges1/where_does_it_hurt/', file: 'cards/edges.html' };
const MENTIONS = ['Mid back sore', 'Upper back stiff', 'Lower back aches', 'back hurts', 'Pain between my shoulder blades'];
const WINDOWS = [
  { width: 1000, height: 760 },
  { width: 400, height: 760 },
];

export function cardFitRoutes(): FixtureRoutes {
  return new FixtureRoutes([EDGES]);
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** On the card's host and closed root: the open card's box once it stopped moving in. */
function openCard(_host: Element, root: ShadowRoot): { box: Box; name: string; layout: string } | null {
  const dialog = root.querySelector('[role="dialog"]');
  if (!dialog || dialog.getAnimations().some((a) => a.playState === 'running')) return null;
  const { left, top, right, bottom } = dialog.getBoundingClientRect();
  const name = root.getElementById(dialog.getAttribute('aria-labelledby') ?? '')?.textContent ?? '';
  return { box: { left, top, right, bottom }, name, layout: dialog.getAttribute('data-layout') ?? 'beside' };
}

/** In the page: the box of the marked mention `text`, and the window's size. */
function mentionBox(text: string): { box: Box; width: number; height: number } | null {
  for (const r of CSS.highlights.get('backlight-active') ?? []) {
    const range = document.createRange();
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
    if (range.toString() !== text) continue;
    const { left, top, right, bottom } = range.getBoundingClientRect();
    return { box: { left, top, right, bottom }, width: innerWidth, height: innerHeight };
  }
  return null;
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

type OpenCard = NonNullable<ReturnType<typeof openCard>>;

/** Opens the next mention's card from the keyboard command; returns it once it differs from `previous`. */
async function stepFrom(tab: TabPage, previous: OpenCard | null): Promise<OpenCard> {
  await tab.sendMessage({ type: 'backlight:step', step: 'next' });
  let card: OpenCard | null = null;
  const changed = async () => {
    card = await tab.evaluateInCard(openCard, null);
    return card !== null && JSON.stringify(card) !== JSON.stringify(previous);
  };
  await expect.poll(changed, { timeout: 15000 }).toBe(true);
  return card!;
}

export function cardFitTests(session: () => BrowserSession): void {
  for (const size of WINDOWS) {
    it(`keeps the card inside a ${size.width}×${size.height} window and off its mention, at mid-screen and at each edge`, async () => {
      const tab = await session().openTab(EDGES.url);
      await tab.resize(size.width, size.height);
      await expect.poll(() => tab.evaluate(readHighlight, 'backlight-active')).toEqual(MENTIONS);
      let card: OpenCard | null = null;
      for (const text of MENTIONS) {
        card = await stepFrom(tab, card);
        const mention = (await tab.evaluate(mentionBox, text))!;
        expect(mention.width).toBe(size.width);
        const where = `${text} in ${size.width}×${size.height}: card ${JSON.stringify(card.box)}, mention ${JSON.stringify(mention.box)}`;
        expect(card.box.left, where).toBeGreaterThanOrEqual(0);
        expect(card.box.top, where).toBeGreaterThanOrEqual(0);
        expect(card.box.right, where).toBeLessThanOrEqual(size.width);
        expect(card.box.bottom, where).toBeLessThanOrEqual(size.height);
        expect(overlaps(card.box, mention.box), where).toBe(false);
        expect(card.layout.startsWith('sheet'), where).toBe(size.width < 480);
      }
      await tab.close();
    });
  }

  it('never touches the network', () => {
    expect(session().routes.unexpected()).toEqual([]);
  });
}
