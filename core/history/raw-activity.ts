import { parseActivityType } from '../facts/parse-activity-type';
import { parseNumber } from '../facts/parse-number';
import { assignDefined } from './assign-defined';
import { readNotes } from './read-notes';
import { parseStart } from './parse-start';
import type { HistorySource, Run } from './types';

/** One activity as a format reads it from its row, before it becomes a `Run`. */
export interface RawActivity {
  id?: string;
  start?: string;
  type?: string;
  /** The runner's own words: name, description, private note. */
  notes: string;
  distanceKm?: number;
  movingTimeS?: number;
  elevationGainM?: number;
  temperatureC?: number;
  humidityPct?: number;
  gear?: string;
  /** The export marks the run as on a treadmill or trainer. */
  indoor?: boolean;
}

/** A row that is a run, an activity that is not (a ride, a swim), or one that can't be read. */
export type RowOutcome = { run: Run } | { skipped: 'not-a-run' | 'unreadable' };

/** A number cell as the exports write them ("7212.3", "1,024", "--" for none). */
export function cellNumber(cell: string | undefined): number | undefined {
  if (cell === undefined) return undefined;
  const value = parseNumber(cell, '.');
  return value !== undefined && Number.isFinite(value) ? value : undefined;
}

const within = (value: number | undefined, min: number, max: number) =>
  value !== undefined && value >= min && value <= max ? value : undefined;

const MAX_ID_LENGTH = 64;
const MAX_GEAR_LENGTH = 120;

/** The run `raw` describes, its values checked against what a run can be. */
export function toRun(source: HistorySource, raw: RawActivity): RowOutcome {
  const start = raw.start ? parseStart(raw.start) : undefined;
  const id = raw.id?.trim() ?? start;
  if (!start || !id || id.length > MAX_ID_LENGTH) return { skipped: 'unreadable' };
  const type = parseActivityType(raw.type ?? '');
  if (type === undefined) return { skipped: 'unreadable' };
  if (type === 'other') return { skipped: 'not-a-run' };
  const { back, cues } = readNotes(raw.notes);
  const run: Run = {
    id: `${source}:${id}`,
    source,
    start,
    activityType: raw.indoor && type === 'run' ? 'treadmill' : type,
    back,
    cues,
  };
  return { run: assignDefined(run, checkedFacts(raw)) };
}

type Facts = Pick<RawActivity, 'distanceKm' | 'movingTimeS' | 'elevationGainM' | 'temperatureC' | 'humidityPct' | 'gear'>;

/** The facts a run can have (a value out of bounds is dropped, a gear name is trimmed). */
export function checkedFacts(facts: Facts): Facts {
  return {
    distanceKm: within(facts.distanceKm, 0, 1000),
    movingTimeS: within(facts.movingTimeS, 0, 7 * 86_400),
    elevationGainM: within(facts.elevationGainM, 0, 20_000),
    temperatureC: within(facts.temperatureC, -60, 60),
    humidityPct: within(facts.humidityPct, 0, 100),
    gear: facts.gear?.trim().slice(0, MAX_GEAR_LENGTH) || undefined,
  };
}
