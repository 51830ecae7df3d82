import { browser } from 'wxt/browser';
import type { LoadPageUiMessage } from '../extension/commands';
import type * as CardViewModule from './cards/card-view';
import type { Explainer } from './page-scanner';
import { PAGE_UI_GLOBAL } from './page-ui-names';

/** The content script's lazily loaded half: see `entrypoints/page-ui.ts`. */
export type PageUi = Pick<typeof CardViewModule, 'renderCard' | 'clearCard' | 'followMention' | 'CARD_STYLES'> & Explainer;

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

async function requestPageUi(): Promise<PageUi> {
  const loaded = () => (globalThis as Record<string, unknown>)[PAGE_UI_GLOBAL] as PageUi | undefined;
  if (!loaded()) {
    const message: LoadPageUiMessage = { type: 'backlight:load-page-ui' };
    await browser.runtime.sendMessage(message);
  }
  const ui = loaded();
  if (!ui) throw new Error('The page UI did not load');
  return ui;
}
