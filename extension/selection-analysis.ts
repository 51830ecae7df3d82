import { browser } from 'wxt/browser';
import type { Analysis } from '../core/types';
import type { PageReport } from '../page/report';

/** Selected text analysed on request (menu or shortcut), waiting for the popup to show it. */
export interface SelectionResult {
  tabId: number;
  text: string;
  analysis: Analysis;
  /** Epoch ms; a result older than SELECTION_FRESH_MS is not shown for a plain toolbar click. */
  at: number;
}

export const SELECTION_FRESH_MS = 60_000;
/** Selections longer than this are cut, so a select-all on a huge page stays quick. */
export const MAX_SELECTION_CHARS = 20_000;

// Session storage: cleared when the browser closes, never synced, readable by the popup.
const keyOf = (tabId: number) => `selection-${tabId}`;

export async function storeSelection(tabId: number, text: string, analyze: (text: string) => Analysis, now = Date.now()): Promise<SelectionResult> {
  const cut = text.slice(0, MAX_SELECTION_CHARS);
  const result: SelectionResult = { tabId, text: cut, analysis: analyze(cut), at: now };
  await browser.storage.session.set({ [keyOf(tabId)]: result });
  return result;
}

/**
 * The tab's selection result, removed once read. `anyAge` for a popup opened to show it; a plain
 * toolbar click only shows one made in the last minute.
 */
export async function takeSelection(tabId: number, { anyAge = false, now = Date.now() } = {}): Promise<SelectionResult | null> {
  const key = keyOf(tabId);
  const stored = (await browser.storage.session.get(key))[key] as SelectionResult | undefined;
  if (!stored) return null;
  await browser.storage.session.remove(key);
  return anyAge || now - stored.at <= SELECTION_FRESH_MS ? stored : null;
}

/** A selection as a one-post page report, so the popup shows it like a page. */
export function selectionReport(result: SelectionResult): PageReport {
  const activeCount = result.analysis.mentions.filter((m) => m.status === 'active').length;
  return {
    url: '',
    adapter: { id: 'selection', name: 'Selection' },
    posts: [{ key: 0, ...result.analysis }],
    activeCount,
  };
}
