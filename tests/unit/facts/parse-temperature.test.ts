import { describe, expect, it } from 'vitest';
import { parseTemperatureC } from '../../../core/facts/parse-temperature';

describe('parseTemperatureC', () => {
  it.each([
    ['24 ℃', 24],
    ['-3.0 °C', -3],
    ['\u22122 °C', -2],
    ['-2°C', -2],
    ['19,5 °C', 19.5],
    ['1 ° C', 1],
    ['5 C', 5],
    ['32 °F', 0],
    ['14 ℉', -10],
    ['50°F', 10],
    ['-4 °F', -20],
  ])('%j → %d °C', (text, celsius) => {
    expect(parseTemperatureC(text)).toBeCloseTo(celsius, 6);
  });

  it('reads -0 and 32 °F as plain 0, never -0', () => {
    expect(Object.is(parseTemperatureC('-0 °C'), 0)).toBe(true);
    expect(Object.is(parseTemperatureC('32 °F'), 0)).toBe(true);
  });

  it.each(['-2°', '24', '—', '', 'Feels like', '24 km'])('gives undefined for %j (no scale, no number)', (text) => {
    expect(parseTemperatureC(text)).toBeUndefined();
  });
});
