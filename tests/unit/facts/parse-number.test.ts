import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decimalSeparatorOf, parseNumber, parseQuantity } from '../../../core/facts/parse-number';

describe('parseNumber', () => {
  it.each([
    ['1,234.5', 1234.5],
    ['1.234,5', 1234.5],
    ['1 234,5', 1234.5],
    ['1\u00a0234,5', 1234.5],
    ['1\u202f234,5', 1234.5],
    ["1'234.5", 1234.5],
    ['1.234.567,89', 1234567.89],
    ['1,234,567', 1234567],
    ['12,5', 12.5],
    ['12.5', 12.5],
    ['0,123', 0.123],
    ['486', 486],
    ['-3.0', -3],
    ['\u22122', -2],
    ['-0,5', -0.5],
    ['(812.4 km)', 812.4],
    ['NW 14 km/h', 14],
  ])('reads %j as %d', (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });

  it('reads -0 as plain 0', () => {
    expect(Object.is(parseNumber('-0'), 0)).toBe(true);
    expect(Object.is(parseNumber('-0,0'), 0)).toBe(true);
  });

  it('settles a lone separator before three digits by the page locale, else reads it as grouping', () => {
    expect(parseNumber('1,234')).toBe(1234);
    expect(parseNumber('1,234', '.')).toBe(1234);
    expect(parseNumber('1,234', ',')).toBe(1.234);
    expect(parseNumber('1.234')).toBe(1234);
    expect(parseNumber('1.234', ',')).toBe(1234);
    expect(parseNumber('1.234', '.')).toBe(1.234);
  });

  it('reads a separator that cannot be grouping as decimal, whatever the locale', () => {
    expect(parseNumber('12.5', ',')).toBe(12.5);
    expect(parseNumber('12,41', '.')).toBe(12.41);
  });

  it.each(['', '—', '--', 'n/a', 'km', '1.2.3', '1,2.5', '12,34,567'])('gives undefined for %j', (text) => {
    expect(parseNumber(text)).toBeUndefined();
  });

  it('reads what Intl writes in English, German, French and Swiss German', () => {
    const locales = ['en-US', 'de-DE', 'fr-FR', 'de-CH'];
    fc.assert(
      fc.property(fc.constantFrom(...locales), fc.integer({ min: -999_999_9, max: 999_999_9 }), (locale, tenths) => {
        const value = tenths / 10;
        const text = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
        expect(parseNumber(text, decimalSeparatorOf(locale))).toBe(value === 0 ? 0 : value);
      }),
    );
  });
});

describe('parseQuantity', () => {
  it('returns the text after the number, lower-cased and trimmed, as the unit', () => {
    expect(parseQuantity('  24 ℃ ')).toEqual({ value: 24, unit: '℃' });
    expect(parseQuantity('(455.3 MI)')).toEqual({ value: 455.3, unit: 'mi)' });
  });
});

describe('decimalSeparatorOf', () => {
  it.each([
    ['en-US', '.'],
    ['en', '.'],
    ['de', ','],
    ['de-DE', ','],
    ['fr', ','],
    ['de-CH', '.'],
  ])('%s → %s', (locale, separator) => {
    expect(decimalSeparatorOf(locale)).toBe(separator);
  });

  it('gives undefined for a malformed language tag', () => {
    expect(decimalSeparatorOf('not a locale!')).toBeUndefined();
  });
});
