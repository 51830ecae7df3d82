import { browser } from 'wxt/browser';
import type { LoadCardUiMessage } from '../../extension/commands';
import type * as CardViewModule from './card-view';
import { CARD_VIEW_GLOBAL } from './card-view-global';

export type CardView = Pick<typeof CardViewModule, 'renderCard' | 'clearCard' | 'followMention' | 'CARD_STYLES'>;

/**
 * The card UI, loaded on first use. WXT builds content scripts as classic scripts, where
 * `import()` is inlined, so the background injects the UI's own bundle into this world instead.
 */
export async function loadCardView(): Promise<CardView> {
  const loaded = () => (globalThis as Record<string, unknown>)[CARD_VIEW_GLOBAL] as CardView | undefined;
  if (!loaded()) {
    const message: LoadCardUiMessage = { type: 'backlight:load-card-ui' };
    await browser.runtime.sendMessage(message);
  }
  const view = loaded();
  if (!view) throw new Error('The card UI did not load');
  return view;
}
