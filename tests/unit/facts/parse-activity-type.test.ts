import { describe, expect, it } from 'vitest';
import { parseActivityType } from '../../../core/facts/parse-activity-type';

describe('parseActivityType', () => {
  it.each([
    ['Run', 'run'],
    ['running', 'run'],
    ['street_running', 'run'],
    ['Laufen', 'run'],
    ['Trail Run', 'trail-run'],
    ['trail_running', 'trail-run'],
    ['Traillauf', 'trail-run'],
    ['treadmill_running', 'treadmill'],
    ['indoor_running', 'treadmill'],
    ['Run · Treadmill', 'treadmill'],
    ['Laufband', 'treadmill'],
    ['Virtual Run', 'virtual'],
    ['VirtualRun', 'virtual'],
    ['virtual_run', 'virtual'],
    ['Ride', 'other'],
    ['Virtual Ride', 'other'],
    ['indoor_cycling', 'other'],
    ['Hike', 'other'],
  ] as const)('%j → %s', (text, type) => {
    expect(parseActivityType(text)).toBe(type);
  });

  it('gives undefined for empty text', () => {
    expect(parseActivityType('  ')).toBeUndefined();
  });
});
