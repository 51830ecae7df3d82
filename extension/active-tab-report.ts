import { browser } from 'wxt/browser';
import type { PageReport } from '../page/report';
import type { PageRequest } from './messages';

/**
 * The report of the tab the popup is for, or null where Backlight isn't running. That is the
 * active tab, unless the popup was opened in a tab of its own as `popup.html?tab=<id>`.
 */
export async function loadTabReport(search: string): Promise<PageReport | null> {
  const tabId = Number(new URLSearchParams(search).get('tab')) || (await activeTabId());
  if (tabId === undefined) return null;
  const request: PageRequest = { type: 'backlight:get-report' };
  try {
    return (await browser.tabs.sendMessage(tabId, request)) as PageReport;
  } catch {
    return null;
  }
}

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}
