import { browser } from 'wxt/browser';
import type { Analysis } from '../core/types';
import { storeSelection } from './selection-analysis';

export const SELECTION_MENU_ID = 'backlight-analyse-selection';
export const SELECTION_COMMAND = 'analyse-selection';

/** The toolbar button: `action` in MV3, `browserAction` in Firefox MV2. */
function toolbarButton() {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}

/**
 * Analyses `text` selected in tab `tabId` and shows the result: in the toolbar popup where the
 * browser lets us open it, else in a small window of its own. `openPopup` is called before any
 * `await`: Firefox allows it only while the click or key press is being handled. The result is
 * written first, so the popup finds it when it asks.
 */
export async function showSelectionAnalysis(
  tabId: number,
  text: string,
  analyze: (text: string) => Analysis,
): Promise<void> {
  if (!text.trim()) return;
  const stored = storeSelection(tabId, text, analyze);
  const opened = toolbarButton()
    .openPopup()
    .then(
      () => true,
      () => false,
    );
  await stored;
  if (await opened) return;
  await browser.windows.create({
    url: browser.runtime.getURL(`/popup.html?selection=${tabId}`),
    type: 'popup',
    width: 420,
    height: 620,
  });
}

/**
 * The keyboard shortcut: reads the selection with `activeTab` only (the shortcut grants it), so
 * it works on any site without a host permission.
 */
export async function selectionOfTab(tabId: number): Promise<string> {
  const [frame] = await browser.scripting.executeScript({
    target: { tabId },
    func: () => globalThis.getSelection()?.toString() ?? '',
  });
  return typeof frame?.result === 'string' ? frame.result : '';
}

export function createSelectionMenu(title: string): void {
  browser.contextMenus.create({ id: SELECTION_MENU_ID, title, contexts: ['selection'] });
}

/** What the context-menu entry does; also what the end-to-end tests call in the background. */
export function onSelectionMenuClick(
  info: { menuItemId: string | number; selectionText?: string },
  tabId: number | undefined,
  analyze: (text: string) => Analysis,
): Promise<void> | undefined {
  if (info.menuItemId !== SELECTION_MENU_ID || tabId === undefined || !info.selectionText) return undefined;
  return showSelectionAnalysis(tabId, info.selectionText, analyze);
}

/** What the keyboard shortcut does, in the tab it was pressed in. */
export async function onSelectionCommand(
  command: string,
  tabId: number | undefined,
  analyze: (text: string) => Analysis,
): Promise<void> {
  if (command !== SELECTION_COMMAND) return;
  const id = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (id === undefined) return;
  await showSelectionAnalysis(id, await selectionOfTab(id), analyze);
}
