import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { analysisSteps, analyze } from '../core/analyze';
import { readPageFacts } from '../sites/page-facts';
import { CARD_STYLES, clearCard, copyReport, followMention, renderCard, themeBehind, toastUndo } from '../page/cards/card-view';
import type { PageUi } from '../page/page-ui';
import { PAGE_UI_GLOBAL } from '../page/page-ui-names';

/**
 * What the content script needs only once someone asks for more than marks: the analysis (cue
 * and red-flag phrases), activity-page facts, the knowledge base and the hover card (its host element and theme too). The background injects this into
 * the content script's world once a page has marks (their red flags are marked without hovering),
 * or when the popup asks for its report.
 */
export default defineUnlistedScript(() => {
  const ui: PageUi = { analyze, analysisSteps, readPageFacts, renderCard, clearCard, followMention, themeBehind, toastUndo, copyReport, CARD_STYLES };
  // An own, fixed property: the content script reads only that (see loadedPageUi).
  Object.defineProperty(globalThis, PAGE_UI_GLOBAL, { value: Object.freeze(ui), configurable: true });
});
