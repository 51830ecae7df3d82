import { describe, expect, it } from 'vitest';
import { wilson } from '../../../core/history/wilson';

describe('wilson', () => {
  it('matches the published interval for 81 of 263', () => {
    // Wilson 1927 / Newcombe 1998 style check: p = 0.308, 95 % interval about 0.255–0.366.
    const { low, high } = wilson(81, 263);
    expect(low).toBeCloseTo(0.2553, 3);
    expect(high).toBeCloseTo(0.3662, 3);
  });

  it('stays within 0 and 1 at the edges and is wide for few runs', () => {
    expect(wilson(0, 10).low).toBe(0);
    expect(wilson(10, 10).high).toBe(1);
    expect(wilson(0, 10).high).toBeGreaterThan(0.25);
    expect(wilson(0, 0)).toEqual({ low: 0, high: 1 });
  });

  it('narrows as runs add up', () => {
    const few = wilson(5, 10);
    const many = wilson(500, 1000);
    expect(many.high - many.low).toBeLessThan((few.high - few.low) / 5);
  });
});
