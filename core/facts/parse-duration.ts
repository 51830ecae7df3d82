import { statText } from './stat-text';

const CLOCK = /(\d+):(\d{2})(?::(\d{2}))?(?![\d:])/;
// Read after `statText`: at most one space between parts, so each ` ?` is one choice, not a run.
const UNITS = /^(?:(\d+) ?h)? ?(?:(\d+) ?(?:min|m)(?![a-z/]))? ?(?:(\d+) ?s)?$/i;

/**
 * A duration in seconds from `12:34` (m:ss), `1:02:03` (h:mm:ss) or `2h 41m`, `45m 10s`.
 * Undefined for anything else, and for minutes or seconds past 59 after a larger field.
 */
export function parseDurationS(pageText: string): number | undefined {
  const text = statText(pageText);
  if (text === undefined) return undefined;
  const clock = CLOCK.exec(text);
  if (clock) {
    const [first, second, third] = [clock[1], clock[2], clock[3]].map((part) => (part === undefined ? undefined : Number(part)));
    if (first === undefined || second === undefined || second > 59 || (third ?? 0) > 59) return undefined;
    return third === undefined ? first * 60 + second : first * 3600 + second * 60 + third;
  }
  const units = UNITS.exec(text);
  if (!units || units.slice(1).every((part) => part === undefined)) return undefined;
  const [hours = 0, minutes = 0, seconds = 0] = units.slice(1).map((part) => Number(part ?? 0));
  const [hasHours, hasMinutes] = [units[1] !== undefined, units[2] !== undefined];
  if ((hasHours && minutes > 59) || ((hasHours || hasMinutes) && seconds > 59)) return undefined;
  return hours * 3600 + minutes * 60 + seconds;
}
