import type { Settings } from './settings-schema';

/**
 * What a page that showed `before` and now shows `next` changed, applied to `current` (the stored
 * settings, which other pages may have changed since): only the fields, the entries of `sites` and
 * `highlight`, and the items of lists that this page changed. An options page left open never
 * writes back what it showed: a site turned off from a card elsewhere stays off.
 */
export function applyChanges(current: Settings, before: Settings, next: Settings): Settings {
  const merged: Record<string, unknown> = { ...current };
  for (const key of Object.keys(next) as (keyof Settings)[]) {
    merged[key] = changed(current[key], before[key], next[key]);
  }
  return merged as unknown as Settings;
}

function changed(current: unknown, before: unknown, next: unknown): unknown {
  if (same(before, next)) return current;
  if (Array.isArray(next) && Array.isArray(before) && Array.isArray(current)) {
    const removed = new Set(before.filter((item) => !next.some((n) => same(n, item))).map(key));
    const added = next.filter((item) => !before.some((b) => same(b, item)));
    const kept = current.filter((item) => !removed.has(key(item)));
    return [...kept, ...added.filter((item) => !kept.some((k) => same(k, item)))];
  }
  if (isRecord(next) && isRecord(before) && isRecord(current)) {
    const merged: Record<string, unknown> = { ...current };
    for (const field of Object.keys(next)) merged[field] = changed(current[field], before[field], next[field]);
    return merged;
  }
  return next;
}

function key(value: unknown): string {
  return JSON.stringify(value);
}

function same(a: unknown, b: unknown): boolean {
  return a === b || key(a) === key(b);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
