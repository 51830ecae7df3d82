// The factors a run may share with others, each tested on every run: true, false, or undefined
// when the run doesn't say (no temperature in the export, no run the week before). Thresholds
// follow core/facts/thresholds.ts where a page fact has one, so a run reads the same here as on
// its activity page.
import { FACT_THRESHOLDS } from '../facts/thresholds';
import type { CauseId } from '../vocabulary';
import type { RunContext } from './run-context';
import type { Run } from './types';

export const FACTOR_IDS = [
  'distance-under-10',
  'distance-10-18',
  'distance-18-25',
  'distance-over-25',
  'climb-10-25',
  'climb-over-25',
  'cold',
  'hot',
  'humid',
  'shoes-new',
  'shoes-worn',
  'treadmill',
  'trail',
  'pack-or-vest',
  'mileage-jump',
  'back-to-back',
  'after-a-break',
] as const;
export type FactorId = (typeof FACTOR_IDS)[number];

export interface Factor {
  id: FactorId;
  /** The Library entry that explains the cause this factor may point at. */
  cause?: CauseId;
  test(run: Run, context: RunContext): boolean | undefined;
}

const T = FACT_THRESHOLDS;
/** °C at or above which a run counts as hot. */
const HOT_FROM_C = 25;
/** A shoe's first km: still new, often a new model. */
const NEW_SHOE_BELOW_KM = 50;
/** A week over the one before by more than this share. */
const MILEAGE_JUMP_ABOVE = 0.3;
/** Below this, the week before is too small to measure a change against. */
const MILEAGE_BASE_FROM_KM = 5;
/** Days off before a run that count as a break. */
const BREAK_FROM_DAYS = 7;

const band = (min: number, max: number) => (run: Run) =>
  run.distanceKm === undefined ? undefined : run.distanceKm >= min && run.distanceKm < max;

const climbPerKm = (run: Run) =>
  run.elevationGainM === undefined || run.distanceKm === undefined || run.distanceKm < T.hillsFromKm
    ? undefined
    : run.elevationGainM / run.distanceKm;

const known = <V>(value: V | undefined, test: (value: V) => boolean) => (value === undefined ? undefined : test(value));

export const FACTORS: readonly Factor[] = [
  { id: 'distance-under-10', test: band(0, 10) },
  { id: 'distance-10-18', test: band(10, 18) },
  { id: 'distance-18-25', cause: 'training-load', test: band(18, 25) },
  { id: 'distance-over-25', cause: 'training-load', test: (run) => known(run.distanceKm, (km) => km > 25) },
  { id: 'climb-10-25', cause: 'hills', test: (run) => known(climbPerKm(run), (m) => m >= 10 && m <= T.hillsAboveMPerKm) },
  { id: 'climb-over-25', cause: 'hills', test: (run) => known(climbPerKm(run), (m) => m > T.hillsAboveMPerKm) },
  { id: 'cold', cause: 'cold-weather', test: (run) => known(run.temperatureC, (c) => c < T.coldBelowC) },
  { id: 'hot', cause: 'dehydration', test: (run) => known(run.temperatureC, (c) => c >= HOT_FROM_C) },
  {
    id: 'humid',
    cause: 'humidity',
    test: (run) => known(run.humidityPct, (pct) => pct > T.humidAbovePct && (run.temperatureC ?? T.humidFromC) >= T.humidFromC),
  },
  { id: 'shoes-new', cause: 'footwear', test: (_, context) => known(context.shoeKm, (km) => km < NEW_SHOE_BELOW_KM) },
  { id: 'shoes-worn', cause: 'footwear', test: (_, context) => known(context.shoeKm, (km) => km > T.wornShoeAboveKm) },
  {
    id: 'treadmill',
    cause: 'treadmill',
    test: (run) => run.activityType === 'treadmill' || run.activityType === 'virtual' || run.cues.includes('treadmill'),
  },
  { id: 'trail', cause: 'uneven-terrain', test: (run) => run.activityType === 'trail-run' || run.cues.includes('uneven-terrain') },
  { id: 'pack-or-vest', cause: 'load-carriage', test: (run) => run.cues.includes('load-carriage') },
  {
    id: 'mileage-jump',
    cause: 'training-load',
    test: (_, { weekKm, previousWeekKm }) =>
      previousWeekKm < MILEAGE_BASE_FROM_KM ? undefined : weekKm > previousWeekKm * (1 + MILEAGE_JUMP_ABOVE),
  },
  { id: 'back-to-back', cause: 'training-load', test: (_, context) => known(context.daysSinceLast, (days) => days <= 1) },
  { id: 'after-a-break', test: (_, context) => known(context.daysSinceLast, (days) => days >= BREAK_FROM_DAYS) },
];
