import type { CauseId } from '../vocabulary';
import type { FactCue, PageFacts, Shoe } from './types';
import { FACT_THRESHOLDS as T, FACT_WEIGHTS } from './thresholds';
import {
  ACTIVITY_TYPE_NAMES,
  FACT_LABELS,
  formatClimb,
  formatPercent,
  formatShoe,
  formatTemperature,
} from './display';

type Rule = (facts: PageFacts) => FactCue | undefined;

function cue(cause: keyof typeof FACT_WEIGHTS & CauseId, fact: FactCue['fact'], value: string): FactCue {
  return { cause, weight: FACT_WEIGHTS[cause], fact, label: FACT_LABELS[fact], value };
}

// The weather outside, and a treadmill's or a virtual course's "elevation", are not what an
// indoor runner ran in.
const isIndoor = (facts: PageFacts): boolean =>
  facts.activityType === 'treadmill' || facts.activityType === 'virtual';

const indoorRun: Rule = (facts) =>
  facts.activityType && isIndoor(facts)
    ? cue('treadmill', 'activityType', ACTIVITY_TYPE_NAMES[facts.activityType])
    : undefined;

const trailRun: Rule = (facts) =>
  facts.activityType === 'trail-run'
    ? cue('uneven-terrain', 'activityType', ACTIVITY_TYPE_NAMES['trail-run'])
    : undefined;

const cold: Rule = ({ temperatureC, ...facts }) =>
  temperatureC !== undefined && temperatureC < T.coldBelowC && !isIndoor(facts)
    ? cue('cold-weather', 'temperatureC', formatTemperature(temperatureC))
    : undefined;

const humid: Rule = ({ humidityPct, temperatureC, ...facts }) =>
  humidityPct !== undefined &&
  humidityPct > T.humidAbovePct &&
  (temperatureC === undefined || temperatureC >= T.humidFromC) &&
  !isIndoor(facts)
    ? cue('humidity', 'humidityPct', formatPercent(humidityPct))
    : undefined;

const hilly: Rule = ({ elevationGainM, distanceKm, ...facts }) =>
  elevationGainM !== undefined &&
  distanceKm !== undefined &&
  distanceKm >= T.hillsFromKm &&
  elevationGainM / distanceKm > T.hillsAboveMPerKm &&
  !isIndoor(facts)
    ? cue('hills', 'elevationGainM', formatClimb(elevationGainM, distanceKm))
    : undefined;

const wornShoes: Rule = ({ shoes = [] }) => {
  const worn = shoes
    .filter((shoe): shoe is Shoe & { distanceKm: number } => (shoe.distanceKm ?? 0) > T.wornShoeAboveKm)
    .sort((a, b) => b.distanceKm - a.distanceKm)[0];
  return worn ? cue('footwear', 'shoes', formatShoe(worn)) : undefined;
};

const RULES: readonly Rule[] = [indoorRun, trailRun, hilly, cold, humid, wornShoes];

/**
 * The causes an activity's own facts point to, one cue per cause at most, each with the fact
 * shown as evidence. Thresholds and weights: `./thresholds.ts`. Facts only ever support causes
 * of a mention found in the text; they never make one.
 */
export function factEvidence(facts: PageFacts): FactCue[] {
  return RULES.flatMap((rule) => rule(facts) ?? []);
}
