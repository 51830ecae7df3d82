import type { PageFacts } from '../core/facts/types';
import type { FactAdapterId } from './fact-adapter-ids';
import { garminConnectFacts } from './garmin-connect-facts';
import { intervalsIcuFacts } from './intervals-icu-facts';
import { stravaFacts } from './strava-facts';

/**
 * Tracker pages' readers of what an activity page shows that its author didn't write (activity
 * type, distance, climb, weather, shoes), normalised to metric, by the id of the adapter that
 * read the page. Fields the page doesn't show, or shows in a form the reader can't read, are
 * left out. Facts only ever back causes, so they load with the analysis (`entrypoints/page-ui.ts`).
 */
const READERS: Readonly<Record<FactAdapterId, (doc: Document) => PageFacts>> = {
  strava: stravaFacts,
  'garmin-connect': garminConnectFacts,
  'intervals-icu': intervalsIcuFacts,
};

/** The page's facts, or undefined where the adapter reads no activity page (forums). */
export function readPageFacts(adapterId: string, doc: Document): PageFacts | undefined {
  return (READERS as Readonly<Record<string, (doc: Document) => PageFacts>>)[adapterId]?.(doc);
}
