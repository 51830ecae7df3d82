import type { ActivityType, PageFacts } from '../facts/types';
import type { CauseId, RedFlagId, Region } from '../vocabulary';

/** Which site a run is from: imported from its export, or logged (opt-in) from its activity page. */
export const HISTORY_SOURCES = ['strava', 'garmin', 'intervals-icu'] as const;
export type HistorySource = (typeof HISTORY_SOURCES)[number];

/** What a run's own notes (name, description, private note) say about the back. */
export interface BackReading {
  /** At least one active back-pain mention. */
  pain: boolean;
  /** Regions of the active mentions, each once. */
  regions: Region[];
  /** Red flags the notes raise alongside the pain. */
  redFlags: RedFlagId[];
}

/**
 * One run of the runner's history, in metric units. Only facts and what the notes say are kept,
 * never the notes themselves.
 */
export interface Run extends Pick<PageFacts, 'distanceKm' | 'movingTimeS' | 'elevationGainM' | 'temperatureC' | 'humidityPct'> {
  /** `source:id`, the same on every import of the same activity: re-imports merge by it. */
  id: string;
  source: HistorySource;
  /** Start time as the export wrote it, normalised to `YYYY-MM-DDTHH:mm:ss`. */
  start: string;
  activityType: ActivityType;
  /** The shoe (or other gear) the export names for the run. */
  gear?: string;
  back: BackReading;
  /** Causes the notes hint at, in pain or not ("with the vest", "trail"), each once. */
  cues: CauseId[];
}
