/** `migrations[n]` turns a value stored at version n - 1 into the shape of version n. */
export type SettingsMigrations = Readonly<Record<number, (previous: unknown) => unknown>>;

/** The version named by stored version metadata (`{ v }`); missing or unreadable metadata means 1, the first. */
export function storedSettingsVersion(meta: unknown): number {
  const v = (meta as { v?: unknown } | null | undefined)?.v;
  return Number.isInteger(v) && (v as number) >= 1 ? (v as number) : 1;
}

/**
 * `value`, stored at `fromVersion`, in the shape of `toVersion`. Nothing stored needs nothing, and a
 * value from a newer version (after a downgrade) is returned as it is: `validateSettings` keeps
 * whatever it still understands.
 */
export function migrateSettings(
  value: unknown,
  fromVersion: number,
  migrations: SettingsMigrations,
  toVersion: number,
): unknown {
  if (value === undefined || value === null) return value;
  let migrated: unknown = value;
  for (let version = fromVersion + 1; version <= toVersion; version++) {
    const migrate = migrations[version];
    if (migrate) migrated = migrate(migrated);
  }
  return migrated;
}
