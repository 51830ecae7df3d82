import { browser } from 'wxt/browser';
import type { PageReport } from '../page/report';
import type { PageRequest } from './messages';
import { takeSelection, type SelectionResult } from './selection-analysis';

/** What the popup is about. */
export type PopupSubject =
  | { kind: 'page'; tabId: number; report: PageReport }
  | { kind: 'selection'; selection: SelectionResult }
  /** Backlight isn't running in the tab; `url` when the browser lets us see it. */
  | { kind: 'off'; tabId?: number; url?: string };

/**
 * The popup's subject: a selection analysed for the tab (`?selection=<tabId>`, or one made in the
 * last minute), else the report of the tab — the active one, or `?tab=<id>` when the popup was
 * opened in a tab of its own.
 */
export async function loadPopupSubject(search: string): Promise<PopupSubject> {
  const params = new URLSearchParams(search);
  const selectionTab = Number(params.get('selection'));
  if (selectionTab) {
    const selection = await takeSelection(selectionTab, { anyAge: true });
    if (selection) return { kind: 'selection', selection };
  }
  const tab = await popupTab(Number(params.get('tab')));
  if (tab?.id === undefined) return { kind: 'off' };
  const selection = await takeSelection(tab.id);
  if (selection) return { kind: 'selection', selection };
  const request: PageRequest = { type: 'backlight:get-report' };
  try {
    const report = (await browser.tabs.sendMessage(tab.id, request)) as PageReport | undefined;
    // A paused page (site turned off, not a running subreddit) is explained like an off one.
    if (report && !report.paused) return { kind: 'page', tabId: tab.id, report };
  } catch {
    // No content script in the tab: Backlight isn't running there.
  }
  return { kind: 'off', tabId: tab.id, url: tab.url };
}

async function popupTab(tabId: number) {
  if (tabId) return browser.tabs.get(tabId).catch(() => undefined);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

export async function revealMention(tabId: number, postKey: number, mentionIndex: number): Promise<boolean> {
  const request: PageRequest = { type: 'backlight:reveal', postKey, mentionIndex };
  const answer = (await browser.tabs.sendMessage(tabId, request)) as { revealed?: boolean } | undefined;
  return answer?.revealed === true;
}
