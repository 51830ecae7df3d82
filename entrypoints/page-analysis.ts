import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { analysisSteps, analyze } from '../core/analyze';
import { readPageFacts } from '../sites/page-facts';
import type { PageAnalysis } from '../page/page-ui';
import { providePagePart } from '../page/page-ui-names';

/**
 * The analysis (cue and red-flag phrases) and activity-page facts, which the content script needs
 * once a page has marks (their red flags are marked without hovering) or the popup asks for its
 * report. The background injects this into the content script's world; the card's half is
 * `page-ui.ts`, so that neither is evaluated in one long task with the other.
 */
export default defineUnlistedScript(() => {
  const analysis: PageAnalysis = { analyze, analysisSteps, readPageFacts };
  providePagePart('analysis', analysis);
});
