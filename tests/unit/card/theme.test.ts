import { describe, expect, it } from 'vitest';
import { luminance, parseRgb, themeFor } from '../../../page/cards/theme';

describe('parseRgb', () => {
  it('reads computed colours', () => {
    expect(parseRgb('rgb(26, 26, 27)')).toEqual({ r: 26, g: 26, b: 27, a: 1 });
    expect(parseRgb('rgba(0, 0, 0, 0)')).toEqual({ r: 0, g: 0, b: 0, a: 0 });
    expect(parseRgb('rgb(10 20 30 / 50%)')).toEqual({ r: 10, g: 20, b: 30, a: 0.5 });
    expect(parseRgb('transparent')).toBeNull();
  });
});

describe('luminance', () => {
  it('runs from black to white', () => {
    expect(luminance({ r: 0, g: 0, b: 0, a: 1 })).toBe(0);
    expect(luminance({ r: 255, g: 255, b: 255, a: 1 })).toBeCloseTo(1);
  });
});

describe('themeFor', () => {
  it('follows the nearest opaque background behind the mention', () => {
    expect(themeFor(['rgba(0, 0, 0, 0)', 'rgb(26, 26, 27)', 'rgb(255, 255, 255)'], false)).toBe('dark');
    expect(themeFor(['rgb(218, 224, 230)'], true)).toBe('light');
  });

  it('ignores faint tints', () => {
    expect(themeFor(['rgba(255, 255, 255, 0.1)', 'rgb(18, 18, 18)'], false)).toBe('dark');
  });

  it('follows the OS when nothing behind the mention has a background', () => {
    expect(themeFor(['rgba(0, 0, 0, 0)'], true)).toBe('dark');
    expect(themeFor([], false)).toBe('light');
  });
});
