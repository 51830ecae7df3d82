import { describe, expect, it } from 'vitest';
import { dayNumber, parseStart } from '../../../core/history/parse-start';

describe('parseStart', () => {
  it('reads the ways the exports write a start time', () => {
    expect(parseStart('Aug 28, 2024, 5:07:43 AM')).toBe('2024-08-28T05:07:43');
    expect(parseStart('Aug 28, 2024, 12:07:43 AM')).toBe('2024-08-28T00:07:43');
    expect(parseStart('Dec 1, 2019, 12:30:00 PM')).toBe('2019-12-01T12:30:00');
    expect(parseStart('Aug 28, 2024, 5:07:43\u202fPM')).toBe('2024-08-28T17:07:43');
    expect(parseStart('24 Dec 2020, 08:13:59')).toBe('2020-12-24T08:13:59');
    expect(parseStart('2025-03-02 07:12:40')).toBe('2025-03-02T07:12:40');
    expect(parseStart('2025-04-05T08:15:00')).toBe('2025-04-05T08:15:00');
  });

  it('refuses what is no date', () => {
    for (const text of ['', 'not a date', 'Foo 28, 2024, 5:07:43 AM', 'Feb 30, 2024, 5:07:43 AM', 'Aug 28, 2024, 13:07:43 PM', '2024-13-01']) {
      expect(parseStart(text)).toBeUndefined();
    }
  });

  it('counts calendar days', () => {
    expect(dayNumber('1970-01-02T23:59:59')).toBe(1);
    expect(dayNumber('2024-03-01T00:00:00') - dayNumber('2024-02-28T23:00:00')).toBe(2);
  });
});
