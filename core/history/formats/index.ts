import type { CsvHeader } from '../csv-header';
import type { ExportFormat } from './export-format';
import { GARMIN } from './garmin';
import { INTERVALS_ICU } from './intervals-icu';
import { STRAVA } from './strava';

export type { ExportFormat } from './export-format';
export const EXPORT_FORMATS: readonly ExportFormat[] = [STRAVA, GARMIN, INTERVALS_ICU];

/** The export whose header this is, or undefined for any other file. */
export function formatOf(header: CsvHeader): ExportFormat | undefined {
  return EXPORT_FORMATS.find((format) => format.recognises(header));
}
