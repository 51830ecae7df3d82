import { describe, expect, it } from 'vitest';
import { parseDurationS } from '../../../core/facts/parse-duration';

describe('parseDurationS', () => {
  it.each([
    ['12:34', 754],
    ['58:40', 3520],
    ['1:02:03', 3723],
    ['2:41:07', 9667],
    ['0:45', 45],
    ['2:31:10 h', 9070],
    ['2h 41m', 9660],
    ['1h', 3600],
    ['45m 10s', 2710],
    ['58 min', 3480],
    ['90s', 90],
  ])('%j → %d s', (text, seconds) => {
    expect(parseDurationS(text)).toBe(seconds);
  });

  it.each(['', '—', '12', '1:61', '1:02:75', '1:2:3', '2h 75m', '3m 70s', 'an hour'])('gives undefined for %j', (text) => {
    expect(parseDurationS(text)).toBeUndefined();
  });
});
