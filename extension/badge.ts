import { browser } from 'wxt/browser';

/** The toolbar button: `action` in MV3, `browserAction` in Firefox MV2. */
function toolbarButton() {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}

export function badgeText(activeCount: number): string {
  if (activeCount <= 0) return '';
  return activeCount > 999 ? '999+' : String(activeCount);
}

export async function showCount(tabId: number, activeCount: number): Promise<void> {
  const button = toolbarButton();
  await button.setBadgeText({ tabId, text: badgeText(activeCount) });
  await button.setBadgeBackgroundColor({ tabId, color: '#7a3db8' });
}

/** Shows the count, or nothing when the reader switched the badge off. */
export async function updateBadge(tabId: number, activeCount: number, badgeOn: boolean): Promise<void> {
  await showCount(tabId, badgeOn ? activeCount : 0);
}
