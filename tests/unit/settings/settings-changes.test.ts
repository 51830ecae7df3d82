import { describe, expect, it } from 'vitest';
import { applyChanges } from '../../../extension/settings-changes';
import { defaultSettings, type Settings } from '../../../extension/settings-schema';

const with_ = (change: Partial<Settings>): Settings => ({ ...defaultSettings(), ...change });

describe('applyChanges', () => {
  it('keeps a site turned off elsewhere when a stale options page saves another change', () => {
    const shown = defaultSettings();
    const stored = with_({ disabledHosts: ['www.strava.com'] });
    const next = { ...shown, badge: false };
    expect(applyChanges(stored, shown, next)).toEqual(with_({ disabledHosts: ['www.strava.com'], badge: false }));
  });

  it('changes only the entries of sites and highlight that the page changed', () => {
    const shown = defaultSettings();
    const stored = { ...defaultSettings(), sites: { ...shown.sites, reddit: false }, highlight: { ...shown.highlight, mode: 'background' as const } };
    const next = { ...shown, sites: { ...shown.sites, strava: false }, highlight: { ...shown.highlight, colour: 'blue' as const } };
    const merged = applyChanges(stored, shown, next);
    expect(merged.sites).toMatchObject({ reddit: false, strava: false, letsrun: true });
    expect(merged.highlight).toEqual({ mode: 'background', colour: 'blue' });
  });

  it('adds and removes list items without dropping items added elsewhere', () => {
    const shown = with_({ disabledHosts: ['a.test', 'b.test'], dismissed: [{ page: 'https://x.test/', text: 'my back', occurrence: 0 }] });
    const stored = with_({ ...shown, disabledHosts: ['a.test', 'b.test', 'c.test'], dismissed: [...shown.dismissed, { page: 'https://x.test/', text: 'back pain', occurrence: 0 }] });
    const next = { ...shown, disabledHosts: ['b.test'], dismissed: [] };
    const merged = applyChanges(stored, shown, next);
    expect(merged.disabledHosts).toEqual(['b.test', 'c.test']);
    expect(merged.dismissed).toEqual([{ page: 'https://x.test/', text: 'back pain', occurrence: 0 }]);
  });

  it('is the stored value when nothing changed on the page', () => {
    const stored = with_({ badge: false, userSites: ['https://forum.example.com'] });
    expect(applyChanges(stored, defaultSettings(), defaultSettings())).toEqual(stored);
  });
});
