import type { CauseId } from '../vocabulary';

/** What kind of activity a tracker page shows. `treadmill` covers any indoor run. */
export const ACTIVITY_TYPES = ['run', 'trail-run', 'treadmill', 'virtual', 'other'] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

export interface Shoe {
  name: string;
  /** The shoe's total distance as the page shows it (its lifetime mileage, not this run's). */
  distanceKm?: number;
}

/**
 * Facts an activity page shows that the runner did not write, in metric units. Every field is
 * optional: a page shows what it shows, and a value the adapter can't read is left out.
 */
export interface PageFacts {
  activityType?: ActivityType;
  distanceKm?: number;
  movingTimeS?: number;
  elevationGainM?: number;
  /** Air temperature at the start (weather), not a watch's body-warmed average. */
  temperatureC?: number;
  humidityPct?: number;
  windKph?: number;
  shoes?: Shoe[];
}

/** Which fact a cue came from. */
export type FactName = keyof PageFacts;

/** One page fact offered as evidence for one cause. */
export interface FactCue {
  cause: CauseId;
  /** 0..1, how strongly the fact alone hints at the cause (see FACT_RULES). */
  weight: number;
  fact: FactName;
  /** What the fact is, for display: "Temperature". */
  label: string;
  /** The fact's value, for display: "1 °C", "640 m climbing over 14 km". */
  value: string;
}
