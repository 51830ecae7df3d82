import { browser } from 'wxt/browser';

/** The toolbar button: `action` in MV3, `browserAction` in Firefox MV2. */
function toolbarButton() {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}

export function badgeText(activeCount: number): string {
  if (activeCount <= 0) return '';
  return activeCount > 999 ? '999+' : String(activeCount);
}

/** The badge's colour: purple for marks, dark red while the page has red flags (CONTRACT §3). */
export const BADGE_COLOURS = { marks: '#7a3db8', redFlags: '#b00020' } as const;

export function badgeColour(redFlagCount: number): string {
  return redFlagCount > 0 ? BADGE_COLOURS.redFlags : BADGE_COLOURS.marks;
}

export async function showCount(tabId: number, activeCount: number, redFlagCount: number): Promise<void> {
  const button = toolbarButton();
  await button.setBadgeText({ tabId, text: badgeText(activeCount) });
  await button.setBadgeBackgroundColor({ tabId, color: badgeColour(redFlagCount) });
}

/** Shows the count, or nothing when the reader switched the badge off. */
export async function updateBadge(tabId: number, activeCount: number, redFlagCount: number, badgeOn: boolean): Promise<void> {
  await showCount(tabId, badgeOn ? activeCount : 0, redFlagCount);
}
