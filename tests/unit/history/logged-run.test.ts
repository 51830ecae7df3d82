import { describe, expect, it } from 'vitest';
import { activityAt, loggedRun, mergeLogged, parseExport } from '../../../core/history';
import { analyze } from '../../../core/analyze';
import { readFileSync } from 'node:fs';

describe('activityAt', () => {
  it('gives the id an import of the same activity has', () => {
    expect(activityAt('https://www.strava.com/activities/11223344556')).toEqual({ source: 'strava', id: 'strava:11223344556' });
    expect(activityAt('https://www.strava.com/activities/123/overview')).toEqual({ source: 'strava', id: 'strava:123' });
    expect(activityAt('https://connect.garmin.com/modern/activity/987')).toEqual({ source: 'garmin', id: 'garmin:987' });
    expect(activityAt('https://intervals.icu/activities/i5001')).toEqual({ source: 'intervals-icu', id: 'intervals-icu:i5001' });
    expect(activityAt('https://www.strava.com/dashboard')).toBeUndefined();
    expect(activityAt('https://www.strava.com/activities/12x')).toBeUndefined();
  });
});

describe('loggedRun', () => {
  const page = {
    url: 'https://intervals.icu/activities/i5001',
    facts: { activityType: 'run' as const, distanceKm: 18.2, temperatureC: 4, shoes: [{ name: 'Trainer B', distanceKm: 640 }] },
    posts: [analyze('Ran with the hydration vest, lower back ached by the end')],
    seenAt: '2025-04-01T20:00:00',
  };

  it('keeps the page facts and the notes’ reading, never the notes', () => {
    const run = loggedRun(page)!;
    expect(run).toMatchObject({
      id: 'intervals-icu:i5001',
      start: '2025-04-01T20:00:00',
      distanceKm: 18.2,
      temperatureC: 4,
      gear: 'Trainer B',
      back: { pain: true, regions: ['lower'] },
    });
    expect(run.cues).toContain('load-carriage');
    expect(JSON.stringify(run)).not.toContain('hydration');
  });

  it('logs no ride and no page that is not an activity', () => {
    expect(loggedRun({ ...page, facts: { activityType: 'other' } })).toBeUndefined();
    expect(loggedRun({ ...page, url: 'https://intervals.icu/fitness' })).toBeUndefined();
  });

  it('merges into an imported run: the export’s start and facts stay', () => {
    const imported = parseExport(readFileSync(new URL('../../fixtures/history/intervals-icu-activities.csv', import.meta.url), 'utf8')).runs[0]!;
    const merged = mergeLogged(imported, loggedRun({ ...page, posts: [analyze('Easy one, back felt fine.')] })!);
    expect(merged).toMatchObject({ id: imported.id, start: imported.start, distanceKm: imported.distanceKm, back: { pain: false } });
  });
});
