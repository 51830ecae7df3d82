import { dayNumber } from './parse-start';
import type { Run } from './types';

export interface WeekTotal {
  /** The week's Monday, `YYYY-MM-DD`. */
  weekStart: string;
  km: number;
  runs: number;
  /** Runs of the week whose notes describe back pain. */
  painRuns: number;
}

const DAY_MS = 86_400_000;
// Day 0 (1970-01-01) was a Thursday: Monday is 3 days before it.
const mondayOf = (day: number) => day - ((day + 3) % 7);
const isoDate = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** Every week from the first run's to the last run's, empty weeks included; `runs` ordered by start. */
export function weeklyDistance(runs: readonly Run[]): WeekTotal[] {
  if (runs.length === 0) return [];
  const first = mondayOf(dayNumber(runs[0]!.start));
  const last = mondayOf(dayNumber(runs[runs.length - 1]!.start));
  const weeks: WeekTotal[] = [];
  for (let monday = first; monday <= last; monday += 7) weeks.push({ weekStart: isoDate(monday), km: 0, runs: 0, painRuns: 0 });
  for (const run of runs) {
    const week = weeks[(mondayOf(dayNumber(run.start)) - first) / 7]!;
    week.km += run.distanceKm ?? 0;
    week.runs++;
    if (run.back.pain) week.painRuns++;
  }
  return weeks;
}
