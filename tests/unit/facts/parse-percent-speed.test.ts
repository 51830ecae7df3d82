import { describe, expect, it } from 'vitest';
import { parsePercent } from '../../../core/facts/parse-percent';
import { parseSpeedKph } from '../../../core/facts/parse-speed';

describe('parsePercent', () => {
  it.each([
    ['88%', 88],
    ['92 %', 92],
    ['46,5 %', 46.5],
    ['0%', 0],
    ['100 %', 100],
  ])('%j → %d', (text, pct) => {
    expect(parsePercent(text)).toBe(pct);
  });

  it.each(['88', '—', '', '120%', '-5%'])('gives undefined for %j', (text) => {
    expect(parsePercent(text)).toBeUndefined();
  });
});

describe('parseSpeedKph', () => {
  it.each([
    ['6 km/h', 6],
    ['NW 14 km/h', 14],
    ['SW 9 km/h', 9],
    ['12 kph', 12],
    ['10 mph', 16.09344],
    ['11 mi/h', 17.702784],
    ['4 m/s', 14.4],
  ])('%j → %d km/h', (text, kph) => {
    expect(parseSpeedKph(text)).toBeCloseTo(kph, 6);
  });

  it.each(['14', 'Calm', '—', '5 km'])('gives undefined for %j', (text) => {
    expect(parseSpeedKph(text)).toBeUndefined();
  });
});
