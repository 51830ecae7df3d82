import { describe, expect, it } from 'vitest';
import { parseDistanceKm, parseElevationM } from '../../../core/facts/parse-length';

describe('parseDistanceKm', () => {
  it.each([
    ['29.12 km', 29.12],
    ['25,31 km', 25.31],
    ['12,41 Kilometer', 12.41],
    ['1,234.5 km', 1234.5],
    ['800 m', 0.8],
    ['10 mi', 16.09344],
    ['1 mile', 1.609344],
    ['26.2 miles', 42.1648128],
    ['(455.3 mi)', 732.7343232],
  ])('%j → %d km', (text, km) => {
    expect(parseDistanceKm(text)).toBeCloseTo(km, 6);
  });

  it('reads 1.234 km by the page locale', () => {
    expect(parseDistanceKm('1.234 km', ',')).toBe(1234);
    expect(parseDistanceKm('1.234 km', '.')).toBe(1.234);
  });

  it.each(['29.12', '12 min', '5:32 /km', '—', '', '-3 km', '4 ft'])('gives undefined for %j', (text) => {
    expect(parseDistanceKm(text)).toBeUndefined();
  });
});

describe('parseElevationM', () => {
  it.each([
    ['486 m', 486],
    ['1.234 m', 1234],
    ['1,594 ft', 485.8512],
    ['62 ft', 18.8976],
    ['100 feet', 30.48],
    ['2.345 Meter', 2345],
    ['0 m', 0],
  ])('%j → %d m', (text, m) => {
    expect(parseElevationM(text)).toBeCloseTo(m, 6);
  });

  it.each(['486', '1 km', '—', '-5 m'])('gives undefined for %j', (text) => {
    expect(parseElevationM(text)).toBeUndefined();
  });
});
