import { browser } from 'wxt/browser';
import type { LoadPageUiMessage } from '../extension/commands';
import type * as CardViewModule from './cards/card-view';
import type { Explainer } from './page-scanner';
import { PAGE_UI_GLOBAL } from './page-ui-names';

/** The content script's lazily loaded half: see `entrypoints/page-ui.ts`. */
export type PageUi = Pick<typeof CardViewModule, 'renderCard' | 'clearCard' | 'followMention' | 'themeBehind' | 'toastUndo' | 'copyReport' | 'CARD_STYLES'> & Explainer;

let loading: Promise<PageUi> | null = null;

/**
 * The page UI, loaded on first use. WXT builds content scripts as classic scripts, where
 * `import()` is inlined, so the background injects the UI's own bundle into this world instead.
 */
export function loadPageUi(): Promise<PageUi> {
  loading ??= requestPageUi().catch((error: unknown) => {
    // The extension was reloaded, or the background was busy: the next request tries again.
    loading = null;
    throw error;
  });
  return loading;
}

/**
 * The page UI if it is loaded. Only an own property of our world's global counts, and only with
 * its functions: in Chromium's isolated world, the page's `<div id="backlightPageUi">` is a
 * named property of that global too, found by a plain lookup.
 */
function loadedPageUi(): PageUi | undefined {
  if (!Object.hasOwn(globalThis, PAGE_UI_GLOBAL)) return undefined;
  const ui: unknown = (globalThis as Record<string, unknown>)[PAGE_UI_GLOBAL];
  if (typeof ui !== 'object' || ui === null) return undefined;
  const fields: (keyof PageUi)[] = ['analyze', 'analysisSteps', 'readPageFacts', 'renderCard', 'clearCard', 'followMention', 'themeBehind', 'toastUndo', 'copyReport'];
  const record = ui as Record<string, unknown>;
  return fields.every((field) => Object.hasOwn(record, field) && typeof record[field] === 'function') && typeof record.CARD_STYLES === 'string'
    ? (ui as PageUi)
    : undefined;
}

async function requestPageUi(): Promise<PageUi> {
  const loaded = loadedPageUi;
  if (!loaded()) {
    const message: LoadPageUiMessage = { type: 'backlight:load-page-ui' };
    await browser.runtime.sendMessage(message);
  }
  const ui = loaded();
  if (!ui) throw new Error('The page UI did not load');
  return ui;
}
