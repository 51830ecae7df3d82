import { expect, it } from 'vitest';
import type { BrowserSession } from './support/browser-session';
import { cardAxeViolations } from './support/card-axe';
import { RED_FLAG_THREAD } from './support/demo-pages';
import { FixtureRoutes } from './support/fixture-routes';
import { readHighlight } from './support/page-marks';

// Shared by sheet-axe.chromium.e2e.ts and sheet-axe.firefox.e2e.ts: in a window narrower than
// 480 px the card is a sheet docked to an edge (page/cards/card-placement.ts); it must be as
// accessible as the card beside a mention, warning signs included.

export const sheetAxeRoutes = () => new FixtureRoutes([RED_FLAG_THREAD]);

/** On the card's host and closed root: the open card's layout and whether it shows warning signs. */
function openSheet(_host: Element, root: ShadowRoot): { layout: string; flagged: boolean } | null {
  const dialog = root.querySelector('[role="dialog"]');
  return dialog ? { layout: dialog.getAttribute('data-layout') ?? '', flagged: dialog.querySelector('[role="alert"]') !== null } : null;
}

export function sheetAxeTests(session: () => BrowserSession): void {
  it('opens the card as a sheet in a 400 px window, with no serious axe violation, warning signs included', async () => {
    const tab = await session().openTab(RED_FLAG_THREAD.url);
    await tab.resize(400, 760);
    await expect.poll(() => tab.evaluate(readHighlight, 'backlight-active')).not.toEqual([]);
    await tab.sendMessage({ type: 'backlight:step', step: 'next' });
    await expect.poll(() => tab.evaluateInCard(openSheet, undefined), { timeout: 10_000 }).toEqual({ layout: expect.stringMatching(/^sheet/), flagged: true });
    const axe = await cardAxeViolations(tab);
    expect(axe.serious).toEqual([]);
    expect(axe.rulesApplied).toBeGreaterThan(5);
    await tab.close();
  });
}
