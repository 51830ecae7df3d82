/**
 * The content script's lazily loaded parts: where each leaves what it provides in the content
 * script's world, and the file the background injects for it. The analysis comes first (a page
 * with marks needs it for their red flags); the UI (card, toasts, knowledge) when one shows.
 */
export const PAGE_PARTS = {
  analysis: { global: 'backlightPageAnalysis', file: '/page-analysis.js' },
  ui: { global: 'backlightPageUi', file: '/page-ui.js' },
} as const;

export type PagePart = keyof typeof PAGE_PARTS;

/** Called by a part's entrypoint: an own, fixed property, the only kind the content script reads. */
export function providePagePart(part: PagePart, value: object): void {
  Object.defineProperty(globalThis, PAGE_PARTS[part].global, { value: Object.freeze(value), configurable: true });
}
