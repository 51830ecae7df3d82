import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ImportError, parseExport } from '../../../core/history';
import { STRAVA_HEADER, stravaDate } from '../../fixtures/history/strava-export';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/history/${name}`, import.meta.url), 'utf8');

/** A Strava row with the given cells, by (name, occurrence) as `Name#2`. */
function stravaRow(cells: Record<string, string>): string {
  const seen = new Map<string, number>();
  return STRAVA_HEADER.map((name) => {
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    const value = cells[n === 1 ? name : `${name}#${n}`] ?? '';
    return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
  }).join(',');
}

const problemOf = (text: string) => {
  try {
    parseExport(text);
    return 'none';
  } catch (error) {
    return error instanceof ImportError ? error.problem : String(error);
  }
};

describe('Strava activities.csv', () => {
  const csv = [
    STRAVA_HEADER.join(','),
    stravaRow({
      'Activity ID': '123',
      'Activity Date': 'Aug 28, 2024, 5:07:43 AM',
      'Activity Name': 'Long run',
      'Activity Type': 'Run',
      'Activity Description': 'Wore the vest, bottles "sloshing", 3 gels.\nMid back sore from 25k on.',
      Distance: '18.90', // miles: the account's units
      'Distance#2': '30416.2',
      'Moving Time': '10100.0',
      'Elevation Gain': '310.0',
      'Activity Gear': 'Trainer A, blue',
      'Weather Temperature': '3.5',
      Humidity: '0.86',
    }),
    stravaRow({ 'Activity ID': '124', 'Activity Date': 'Aug 29, 2024, 6:00:00 PM', 'Activity Type': 'Ride', 'Distance#2': '40000' }),
    stravaRow({
      'Activity ID': '125',
      'Activity Date': 'Aug 30, 2024, 6:00:00 PM',
      'Activity Type': 'Run',
      'Activity Name': 'Easy',
      'Activity Private Note': 'No back pain at all.',
      'Distance#2': '8000',
    }),
  ].join('\n');

  it('reads the metric columns of the repeated names, and the notes with their commas, quotes and line breaks', () => {
    const { format, runs, notRuns } = parseExport(csv);
    expect(format.source).toBe('strava');
    expect(notRuns).toBe(1);
    expect(runs).toHaveLength(2);
    const [long, easy] = runs;
    expect(long).toMatchObject({
      id: 'strava:123',
      start: '2024-08-28T05:07:43',
      activityType: 'run',
      distanceKm: 30.4162,
      movingTimeS: 10100,
      elevationGainM: 310,
      temperatureC: 3.5,
      humidityPct: 86,
      gear: 'Trainer A, blue',
      back: { pain: true, regions: ['mid'], redFlags: [] },
    });
    expect(long!.cues).toContain('load-carriage');
    expect(easy!.back.pain).toBe(false);
  });

  it('never keeps the notes themselves', () => {
    expect(JSON.stringify(parseExport(csv).runs)).not.toMatch(/sloshing|gels/);
  });
});

describe('Garmin Connect and intervals.icu exports', () => {
  it('reads a Garmin Connect activities CSV by its header', () => {
    const { format, runs, notRuns } = parseExport(fixture('garmin-activities.csv'));
    expect(format.source).toBe('garmin');
    expect(notRuns).toBe(1);
    expect(runs.map((r) => r.activityType)).toEqual(['run', 'treadmill', 'trail-run', 'run']);
    expect(runs[0]).toMatchObject({ id: 'garmin:2025-03-02T07:12:40', distanceKm: 24.1, movingTimeS: 7841, elevationGainM: 212 });
    expect(runs.map((r) => r.back.pain)).toEqual([true, false, false, false]);
  });

  it('reads an intervals.icu activities CSV by its header', () => {
    const { format, runs, notRuns } = parseExport(fixture('intervals-icu-activities.csv'));
    expect(format.source).toBe('intervals-icu');
    expect(notRuns).toBe(1);
    expect(runs.map((r) => [r.id, r.activityType, r.back.pain])).toEqual([
      ['intervals-icu:i5001', 'run', true],
      ['intervals-icu:i5002', 'treadmill', false],
      ['intervals-icu:i5004', 'trail-run', false],
    ]);
    expect(runs[0]).toMatchObject({ distanceKm: 18.24, temperatureC: 11.5, humidityPct: 72, gear: 'Trainer B' });
    expect(runs[0]!.cues).toContain('load-carriage');
  });
});

describe('files to refuse', () => {
  it('refuses a file that is no known export', () => {
    expect(problemOf('Date,Steps\n2024-01-01,9000\n')).toBe('wrong-file');
    expect(problemOf('')).toBe('wrong-file');
    expect(problemOf('PK\u0003\u0004\u0014\u0000binary zip bytes')).toBe('wrong-file');
  });

  it('refuses a cut-off file and one whose rows are mostly unreadable', () => {
    const header = STRAVA_HEADER.join(',');
    const good = stravaRow({ 'Activity ID': '1', 'Activity Date': stravaDate(new Date(Date.UTC(2024, 0, 1))), 'Activity Type': 'Run' });
    expect(problemOf(`${header}\n${good}\n2,"Jan 2, 2024, 6:00:00 AM",Run,"cut off in the middle`)).toBe('corrupt');
    const junk = Array.from({ length: 5 }, (_, i) => `${i},not a date,Run`).join('\n');
    expect(problemOf(`${header}\n${good}\n${junk}`)).toBe('corrupt');
    // A quote inside an unquoted field is no CSV, even with the quotes balanced.
    expect(problemOf(`${header}\n${good}\n${good.replace('Run', 'R"u"n')}`)).toBe('corrupt');
  });

  it('refuses an export with no runs in it', () => {
    const ride = stravaRow({ 'Activity ID': '9', 'Activity Date': 'Jan 2, 2024, 6:00:00 AM', 'Activity Type': 'Ride' });
    expect(problemOf(`${STRAVA_HEADER.join(',')}\n${ride}\n`)).toBe('no-runs');
  });
});
