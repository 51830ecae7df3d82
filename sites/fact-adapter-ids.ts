/**
 * Adapters of tracker sites whose activity pages have facts (`sites/page-facts.ts` reads them).
 * Its own file, so the content script can know them without loading the readers.
 */
export const FACT_ADAPTER_IDS = ['strava', 'garmin-connect', 'intervals-icu'] as const;
export type FactAdapterId = (typeof FACT_ADAPTER_IDS)[number];

export const hasPageFacts = (adapterId: string): adapterId is FactAdapterId => (FACT_ADAPTER_IDS as readonly string[]).includes(adapterId);
