import { describe, expect, it } from 'vitest';
import { compareFactors, mergeRuns, type Run } from '../../../core/history';
import { runContexts } from '../../../core/history/run-context';
import { weeklyDistance } from '../../../core/history/weekly-distance';

const run = (day: string, km: number, pain: boolean, extra: Partial<Run> = {}): Run => ({
  id: `strava:${day}-${km}`,
  source: 'strava',
  start: `${day}T07:00:00`,
  activityType: 'run',
  distanceKm: km,
  back: { pain, regions: pain ? ['mid'] : [], redFlags: [] },
  cues: [],
  ...extra,
});

const day = (n: number) => new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10);

describe('compareFactors', () => {
  it('says "not enough" below the threshold, whatever the shares', () => {
    const runs = [run(day(0), 30, true), run(day(1), 5, false), run(day(2), 30, true)];
    expect(compareFactors(runs).every((c) => c.lean === 'not-enough')).toBe(true);
  });

  it('counts each side only over the runs where the factor is known', () => {
    const runs = mergeRuns(
      [],
      Array.from({ length: 40 }, (_, i) => run(day(i * 2), 8, i % 4 === 0, i % 2 === 0 ? { temperatureC: i % 4 === 0 ? 1 : 15 } : {})),
    );
    const cold = compareFactors(runs).find((c) => c.id === 'cold')!;
    expect(cold.pain).toMatchObject({ count: 10, of: 10 });
    expect(cold.noPain).toMatchObject({ count: 0, of: 10 });
    expect(cold.lean).toBe('more');
  });

  it('orders clear gaps first and marks factors less common with pain', () => {
    const runs = mergeRuns(
      [],
      Array.from({ length: 60 }, (_, i) => run(day(i * 3), i % 3 === 0 ? 30 : 8, i % 3 === 0, i % 3 === 0 ? {} : { cues: ['treadmill'] })),
    );
    const comparisons = compareFactors(runs);
    expect(comparisons[0]!.id).toBe('distance-over-25');
    expect(comparisons.find((c) => c.id === 'treadmill')!.lean).toBe('less');
  });
});

describe('runContexts', () => {
  it('gives days since the last run, the week against the week before, and shoe km so far', () => {
    const runs = [
      run(day(0), 10, false, { gear: 'A' }),
      run(day(7), 10, false, { gear: 'A' }),
      run(day(8), 12, false, { gear: 'B' }),
      run(day(8), 3, false, { gear: 'A' }),
    ];
    const contexts = runContexts(runs);
    expect(contexts.map((c) => c.daysSinceLast)).toEqual([undefined, 7, 1, 0]);
    expect(contexts.map((c) => c.shoeKm)).toEqual([0, 10, 0, 20]);
    expect(contexts[2]).toMatchObject({ weekKm: 25, previousWeekKm: 10 });
  });
});

describe('weeklyDistance', () => {
  it('sums each Monday-to-Sunday week, empty weeks included', () => {
    // 2024-01-01 was a Monday.
    const weeks = weeklyDistance([run('2024-01-01', 10, false), run('2024-01-07', 5, true), run('2024-01-22', 8, false)]);
    expect(weeks).toEqual([
      { weekStart: '2024-01-01', km: 15, runs: 2, painRuns: 1 },
      { weekStart: '2024-01-08', km: 0, runs: 0, painRuns: 0 },
      { weekStart: '2024-01-15', km: 0, runs: 0, painRuns: 0 },
      { weekStart: '2024-01-22', km: 8, runs: 1, painRuns: 0 },
    ]);
  });
});
