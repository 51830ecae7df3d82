// What a run's place in the history says, computed over the whole history each time (a merge
// can change it): days since the run before, the week's distance against the week before, and
// how far its shoes had gone.
import { dayNumber } from './parse-start';
import type { Run } from './types';

export interface RunContext {
  /** Whole days since the previous run's day; undefined for the first run. */
  daysSinceLast?: number;
  /** km in the 7 days ending with the run's day (the run included) and in the 7 days before. */
  weekKm: number;
  previousWeekKm: number;
  /** km on the run's gear before this run, counting only runs in the history. */
  shoeKm?: number;
}

/** The context of each run of `runs`, which must be ordered by start (see `mergeRuns`). */
export function runContexts(runs: readonly Run[]): RunContext[] {
  const days = runs.map((run) => dayNumber(run.start));
  // prefix[i]: km of runs[0..i-1]
  const prefix = [0];
  for (const run of runs) prefix.push(prefix[prefix.length - 1]! + (run.distanceKm ?? 0));
  const shoeKm = new Map<string, number>();
  const contexts: RunContext[] = [];
  let weekStart = 0; // first run within 6 days before the current day
  let previousStart = 0; // first run within 13 days before
  let lastOfDay = 0; // last run on the current day
  for (let i = 0; i < runs.length; i++) {
    const day = days[i]!;
    while (days[weekStart]! < day - 6) weekStart++;
    while (days[previousStart]! < day - 13) previousStart++;
    if (lastOfDay < i) lastOfDay = i;
    while (lastOfDay + 1 < runs.length && days[lastOfDay + 1] === day) lastOfDay++;
    const run = runs[i]!;
    const gear = run.gear;
    contexts.push({
      daysSinceLast: i > 0 ? day - days[i - 1]! : undefined,
      weekKm: prefix[lastOfDay + 1]! - prefix[weekStart]!,
      previousWeekKm: prefix[weekStart]! - prefix[previousStart]!,
      shoeKm: gear === undefined ? undefined : (shoeKm.get(gear) ?? 0),
    });
    if (gear !== undefined) shoeKm.set(gear, (shoeKm.get(gear) ?? 0) + (run.distanceKm ?? 0));
  }
  return contexts;
}
