import { describe, expect, it } from 'vitest';
import { compareFactors, mergeRuns, parseExport, readNotes } from '../../../core/history';
import { CLEAR_NOTES, PAIN_NOTES, syntheticStravaExport, VEST_NOTES } from '../../fixtures/history/strava-export';

describe('the synthetic Strava export', () => {
  it('uses notes the detector reads as planted', () => {
    for (const note of PAIN_NOTES) expect(readNotes(note).back.pain, note).toBe(true);
    for (const note of CLEAR_NOTES) expect(readNotes(note).back.pain, note).toBe(false);
    for (const note of [...VEST_NOTES, ...CLEAR_NOTES]) {
      expect(readNotes(note).cues.includes('load-carriage'), note).toBe(VEST_NOTES.includes(note));
    }
  });

  it('is the same for the same seed', () => {
    expect(syntheticStravaExport(50).csv).toBe(syntheticStravaExport(50).csv);
    expect(syntheticStravaExport(50, 1).csv).not.toBe(syntheticStravaExport(50, 2).csv);
  });
});

describe('5,000 activities with planted patterns', () => {
  const planted = syntheticStravaExport(5000);
  const result = parseExport(planted.csv);
  const runs = mergeRuns([], result.runs);
  const plantedRuns = planted.activities.filter((a) => a.run);

  it('reads every run and leaves out the rides', () => {
    expect(result.runs).toHaveLength(plantedRuns.length);
    expect(result.notRuns).toBe(planted.activities.length - plantedRuns.length);
    expect(result.unreadable).toBe(0);
    expect(runs.filter((r) => r.back.pain)).toHaveLength(plantedRuns.filter((a) => a.pain).length);
  });

  it('puts the vest and runs over 25 km first, with the planted counts', () => {
    const comparisons = compareFactors(runs);
    expect(comparisons.slice(0, 2).map((c) => c.id).sort()).toEqual(['distance-over-25', 'pack-or-vest']);
    const painRuns = plantedRuns.filter((a) => a.pain);
    const vest = comparisons.find((c) => c.id === 'pack-or-vest')!;
    expect(vest.pain).toMatchObject({ count: painRuns.filter((a) => a.vest).length, of: painRuns.length });
    expect(vest.noPain.count).toBe(plantedRuns.filter((a) => !a.pain && a.vest).length);
    const long = comparisons.find((c) => c.id === 'distance-over-25')!;
    expect(long.pain.count).toBe(painRuns.filter((a) => a.distanceKm > 25).length);
    expect(long.lean).toBe('more');
    // Nothing else was planted: no other factor is clearly more common with pain than these.
    for (const other of comparisons.slice(2)) expect(other.pain.interval.low - other.noPain.interval.high).toBeLessThan(0.1);
  });

  it('merges a re-import by activity id, never doubling a run', () => {
    const again = mergeRuns(runs, parseExport(planted.csv).runs);
    expect(again).toHaveLength(runs.length);
  });
});
