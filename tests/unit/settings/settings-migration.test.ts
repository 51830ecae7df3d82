import { describe, expect, it } from 'vitest';
import { migrateSettings, storedSettingsVersion } from '../../../extension/settings-migration';

const append = (step: string) => (previous: unknown) => [...(previous as string[]), step];
const MIGRATIONS = { 2: append('to v2'), 4: append('to v4') };

describe('settings migration', () => {
  it('runs the migrations after the stored version up to ours, in order, skipping versions without one', () => {
    expect(migrateSettings([], 1, MIGRATIONS, 4)).toEqual(['to v2', 'to v4']);
    expect(migrateSettings([], 2, MIGRATIONS, 4)).toEqual(['to v4']);
    expect(migrateSettings([], 1, MIGRATIONS, 3)).toEqual(['to v2']);
  });

  it('leaves a value of our version or a newer one, and nothing stored, as they are', () => {
    expect(migrateSettings(['v4'], 4, MIGRATIONS, 4)).toEqual(['v4']);
    expect(migrateSettings(['v9'], 9, MIGRATIONS, 4)).toEqual(['v9']);
    expect(migrateSettings(undefined, 1, MIGRATIONS, 4)).toBeUndefined();
  });

  it('reads the version from `{ v }`, and anything else as 1', () => {
    expect(storedSettingsVersion({ v: 3 })).toBe(3);
    for (const meta of [undefined, null, 'not a version', 3, [3], {}, { v: '3' }, { v: 0 }, { v: -2 }, { v: 2.5 }]) {
      expect(storedSettingsVersion(meta)).toBe(1);
    }
  });
});
