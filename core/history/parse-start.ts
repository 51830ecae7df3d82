// Start times as the exports write them, to `YYYY-MM-DDTHH:mm:ss`. Times are kept as written
// (Strava's are UTC, Garmin's and intervals.icu's local): only days and weeks are compared.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

// "Aug 28, 2024, 5:07:43 AM" (US English; newer exports put a narrow no-break space before AM).
const MONTH_FIRST = /^([A-Za-z]{3})[a-z]*\.? (\d{1,2}),? (\d{4}),? (\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?$/;
// "24 Dec 2020, 08:13:59" (British English).
const DAY_FIRST = /^(\d{1,2}) ([A-Za-z]{3})[a-z]*\.? (\d{4}),? (\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?$/;
// "2024-08-28 05:07:43", "2024-08-28T05:07:43", "2024-08-28".
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?)?/;

const pad = (n: number) => String(n).padStart(2, '0');

function build(year: number, month: number, day: number, hour: number, minute: number, second: number, half?: string): string | undefined {
  let h = hour;
  if (half) {
    if (h < 1 || h > 12) return undefined;
    h = (h % 12) + (half.toLowerCase() === 'pm' ? 12 : 0);
  }
  const date = new Date(Date.UTC(year, month - 1, day, h, minute, second));
  const valid = date.getUTCMonth() === month - 1 && date.getUTCDate() === day && h < 24 && minute < 60 && second < 60;
  return valid ? `${year}-${pad(month)}-${pad(day)}T${pad(h)}:${pad(minute)}:${pad(second)}` : undefined;
}

const monthOf = (name: string) => MONTHS.indexOf(name.toLowerCase()) + 1;

/** The start time in `text`, or undefined when it is no date these exports write. */
export function parseStart(text: string): string | undefined {
  const value = text.trim().replace(/[\u00a0\u202f]/g, ' ');
  let m = MONTH_FIRST.exec(value);
  if (m) return build(+m[3]!, monthOf(m[1]!), +m[2]!, +m[4]!, +m[5]!, +(m[6] ?? 0), m[7]);
  m = DAY_FIRST.exec(value);
  if (m) return build(+m[3]!, monthOf(m[2]!), +m[1]!, +m[4]!, +m[5]!, +(m[6] ?? 0), m[7]);
  m = ISO.exec(value);
  if (m) return build(+m[1]!, +m[2]!, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
  return undefined;
}

/** Days since 1970-01-01 of a normalised start (its calendar day). */
export function dayNumber(start: string): number {
  return Math.floor(Date.UTC(+start.slice(0, 4), +start.slice(5, 7) - 1, +start.slice(8, 10)) / 86_400_000);
}

/** `date` in the browser's local time, as a normalised start. */
export function startOf(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}
