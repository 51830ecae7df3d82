import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { CARD_VIEW_GLOBAL } from '../page/cards/card-view-global';
import { CARD_STYLES, clearCard, followMention, renderCard } from '../page/cards/card-view';

/**
 * The hover card's UI and the knowledge base, kept out of the content script: the background
 * injects this into the content script's world when a tab opens its first card.
 */
export default defineUnlistedScript(() => {
  Object.assign(globalThis, { [CARD_VIEW_GLOBAL]: { renderCard, clearCard, followMention, CARD_STYLES } });
});
