// The runner's data, to take away: every stored field of every run, as JSON or as CSV.
import { stringify } from '@vanillaes/csv';
import type { Run } from './types';

export const RUNS_EXPORT_VERSION = 1;

export function runsToJson(runs: readonly Run[]): string {
  return JSON.stringify({ app: 'Backlight', version: RUNS_EXPORT_VERSION, runs }, null, 1);
}

const CSV_COLUMNS = [
  'id',
  'source',
  'start',
  'activityType',
  'distanceKm',
  'movingTimeS',
  'elevationGainM',
  'temperatureC',
  'humidityPct',
  'gear',
  'backPain',
  'regions',
  'redFlags',
  'cues',
] as const;

export function runsToCsv(runs: readonly Run[]): string {
  const rows = runs.map((run) => [
    run.id,
    run.source,
    run.start,
    run.activityType,
    run.distanceKm,
    run.movingTimeS,
    run.elevationGainM,
    run.temperatureC,
    run.humidityPct,
    run.gear,
    run.back.pain,
    run.back.regions.join(' '),
    run.back.redFlags.join(' '),
    run.cues.join(' '),
  ]);
  return stringify([[...CSV_COLUMNS], ...rows.map((row) => row.map((cell) => (cell === undefined ? '' : String(cell))))]);
}

/** About how many bytes `runs` take, as the JSON they are stored like. */
export function sizeOf(runs: readonly Run[]): number {
  return new TextEncoder().encode(JSON.stringify(runs)).length;
}
