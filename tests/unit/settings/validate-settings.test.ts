import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, defaultSettings, validateSettings } from '../../../extension/settings-schema';
import { MAX_DISMISSED } from '../../../extension/dismissed-mentions';

describe('validateSettings', () => {
  it('gives the defaults, without a notice, when nothing is stored', () => {
    expect(validateSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
    expect(validateSettings(null)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  it('keeps a complete valid value as it is', () => {
    const custom = {
      ...defaultSettings(),
      allOfReddit: true,
      userSites: ['https://forum.example.com'],
      cardDelayMs: 1200,
      highlight: { mode: 'background', colour: 'blue' },
      badge: false,
      regions: ['mid', 'lower'],
      disabledHosts: ['www.strava.com'],
      dismissed: [{ page: 'https://x.test/a', text: 'my back', occurrence: 1 }],
    };
    expect(validateSettings(custom)).toEqual({ settings: custom, problems: [] });
  });

  it('fills missing fields with defaults silently (an older, smaller shape)', () => {
    const { settings, problems } = validateSettings({ badge: false, sites: { strava: false } });
    expect(problems).toEqual([]);
    expect(settings.badge).toBe(false);
    expect(settings.sites.strava).toBe(false);
    expect(settings.sites.reddit).toBe(true);
    expect(settings.cardDelayMs).toBe(500);
  });

  it('resets each wrong field to its default and names it', () => {
    const { settings, problems } = validateSettings({
      sites: { reddit: 'yes', letsrun: false },
      cardDelayMs: -4,
      highlight: { mode: 'blink', colour: 'blue' },
      regions: ['mid', 'elbow'],
      userSites: ['not an origin'],
      disabledHosts: 'everywhere',
      dismissed: [{ page: 1 }],
      unknownField: 3,
    });
    expect(problems.sort()).toEqual(
      ['cardDelayMs', 'disabledHosts', 'dismissed', 'highlight.mode', 'regions', 'sites.reddit', 'userSites'].sort(),
    );
    expect(settings.sites).toMatchObject({ reddit: true, letsrun: false });
    expect(settings.highlight).toEqual({ mode: 'underline', colour: 'blue' });
    expect(settings.regions).toEqual(DEFAULT_SETTINGS.regions);
    expect(settings).not.toHaveProperty('unknownField');
  });

  it('falls back entirely, with a notice, when the value is not an object', () => {
    for (const raw of ['corrupt', 42, [1, 2], true]) {
      expect(validateSettings(raw)).toEqual({ settings: DEFAULT_SETTINGS, problems: ['settings'] });
    }
  });

  it('drops duplicates and keeps only the newest dismissals', () => {
    const many = Array.from({ length: MAX_DISMISSED + 5 }, (_, i) => ({ page: 'https://x.test/', text: `t${i}`, occurrence: 0 }));
    const { settings } = validateSettings({ dismissed: many, disabledHosts: ['a.test', 'a.test'] });
    expect(settings.dismissed).toHaveLength(MAX_DISMISSED);
    expect(settings.dismissed[0]?.text).toBe('t5');
    expect(settings.disabledHosts).toEqual(['a.test']);
  });

  it('never shares the defaults object', () => {
    const { settings } = validateSettings(undefined);
    settings.userSites.push('https://a.test');
    expect(DEFAULT_SETTINGS.userSites).toEqual([]);
  });
});
