import { statText } from './stat-text';
import type { ActivityType } from './types';

/** A type name with the page's words around it (intervals.icu: icon and subtitle). */
const MAX_TYPE_CHARS = 200;

const RUN = /run|lauf|treadmill/;
// Checked in order, once the text is known to name a run. Words as Strava, Garmin Connect (type
// keys and English/German names) and intervals.icu write them.
const RUN_KINDS: readonly (readonly [ActivityType, RegExp])[] = [
  ['virtual', /virtual|zwift/],
  ['treadmill', /treadmill|indoor|laufband/],
  ['trail-run', /trail/],
];

/**
 * The activity type named in `text` (`Trail Run`, `treadmill_running`, `Run · Treadmill`,
 * `Laufen`); `other` for a named type that is not a run (`Virtual Ride`, `indoor_cycling`),
 * undefined for empty text.
 */
export function parseActivityType(text: string): ActivityType | undefined {
  const words = statText(text, MAX_TYPE_CHARS)?.toLowerCase();
  if (!words) return undefined;
  if (!RUN.test(words)) return 'other';
  return RUN_KINDS.find(([, pattern]) => pattern.test(words))?.[0] ?? 'run';
}
