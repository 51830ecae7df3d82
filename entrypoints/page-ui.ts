import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { CARD_STYLES, clearCard, copyReport, createUiHost, followMention, renderCard, themeBehind, toastUndo } from '../page/cards/card-view';
import type { PageUi } from '../page/page-ui';
import { providePagePart } from '../page/page-ui-names';

/**
 * What the content script needs only once a part of our UI shows: the hover card with the
 * knowledge base, the toasts and our host element. The background injects this into the content
 * script's world on the first hover (or step, or toast); the analysis is `page-analysis.ts`.
 */
export default defineUnlistedScript(() => {
  const ui: PageUi = { renderCard, clearCard, followMention, themeBehind, toastUndo, copyReport, createUiHost, CARD_STYLES };
  providePagePart('ui', ui);
});
