import { REGIONS, type Region } from '../core/vocabulary';
import { DEFAULT_SITE_IDS, type DefaultSiteId } from './default-sites';
import { isDismissedMention, MAX_DISMISSED, type DismissedMention } from './dismissed-mentions';
import {
  DEFAULT_HIGHLIGHT,
  HIGHLIGHT_COLOUR_IDS,
  HIGHLIGHT_MODES,
  type HighlightColour,
  type HighlightMode,
  type HighlightStyle,
} from './highlight-style';
import { isThreadKey, MAX_THREADS } from './turned-off-threads';
import { isOrigin } from './user-sites';

export interface Settings {
  /** Each default site on or off. */
  sites: Record<DefaultSiteId, boolean>;
  /** Run on every subreddit, not only the running ones. */
  allOfReddit: boolean;
  /** Origins the user added ("https://forum.example.com"); each needs its host permission. */
  userSites: string[];
  /** How long the pointer rests on a mention before its card opens. */
  cardDelayMs: number;
  highlight: HighlightStyle;
  /** The toolbar count. */
  badge: boolean;
  /** Mentions of these regions are marked; others are left alone. */
  regions: Region[];
  /** Hostnames where the reader chose "Turn off on this site". */
  disabledHosts: string[];
  /** `threadKey`s of the threads where the reader chose "Turn off on this thread", newest last. */
  disabledThreads: string[];
  /** "Not about back pain", newest last. */
  dismissed: DismissedMention[];
}

/** Bounds on what the reader (or a page acting through our buttons) can make us store. */
const MAX_ORIGIN = 300;
const MAX_HOSTS = 1000;

export const CARD_DELAY_MIN_MS = 0;
export const CARD_DELAY_MAX_MS = 3000;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze<Settings>({
  sites: Object.fromEntries(DEFAULT_SITE_IDS.map((id) => [id, true])) as Record<DefaultSiteId, boolean>,
  allOfReddit: false,
  userSites: [],
  cardDelayMs: 500,
  highlight: { ...DEFAULT_HIGHLIGHT },
  badge: true,
  regions: [...REGIONS],
  disabledHosts: [],
  disabledThreads: [],
  dismissed: [],
});

/** A fresh, mutable copy of the defaults. */
export function defaultSettings(): Settings {
  return structuredClone(DEFAULT_SETTINGS) as Settings;
}

export interface ValidatedSettings {
  settings: Settings;
  /** The settings (as dotted paths, e.g. `cardDelayMs`, `sites.strava`) that were unreadable and reset. */
  problems: string[];
}

/**
 * Reads a stored value of any shape: every field that is missing takes its default silently, every
 * field that is present but wrong takes its default and is named in `problems`, unknown fields are
 * dropped. Never throws.
 */
export function validateSettings(raw: unknown): ValidatedSettings {
  const problems: string[] = [];
  const defaults = defaultSettings();
  if (raw === undefined || raw === null) return { settings: defaults, problems };
  if (!isRecord(raw)) return { settings: defaults, problems: ['settings'] };

  const field = <T>(name: string, value: unknown, fallback: T, read: (v: unknown) => T | undefined): T => {
    if (value === undefined) return fallback;
    const parsed = read(value);
    if (parsed === undefined) {
      problems.push(name);
      return fallback;
    }
    return parsed;
  };

  /**
   * A list read entry by entry: a bad entry is dropped (and the list named in `problems`), the
   * good ones kept, duplicates dropped, the newest `max` kept. One bad site does not lose the others.
   */
  const list = <T>(name: string, value: unknown, fallback: T[], ok: (v: unknown) => v is T, max = Infinity): T[] => {
    if (value === undefined) return fallback;
    if (!Array.isArray(value)) {
      problems.push(name);
      return fallback;
    }
    const kept = value.filter(ok);
    if (kept.length !== value.length) problems.push(name);
    const seen = new Set<string>();
    const unique = kept.filter((item) => {
      const key = JSON.stringify(item);
      return !seen.has(key) && Boolean(seen.add(key));
    });
    return unique.slice(-max);
  };

  const sitesRaw = field('sites', raw.sites, {}, (v) => (isRecord(v) ? v : undefined));
  const sites = { ...defaults.sites };
  for (const id of DEFAULT_SITE_IDS) sites[id] = field(`sites.${id}`, sitesRaw[id], defaults.sites[id], readBoolean);

  const highlightRaw = field('highlight', raw.highlight, {}, (v) => (isRecord(v) ? v : undefined));

  const settings: Settings = {
    sites,
    allOfReddit: field('allOfReddit', raw.allOfReddit, defaults.allOfReddit, readBoolean),
    userSites: list('userSites', raw.userSites, defaults.userSites, (v): v is string => typeof v === 'string' && v.length <= MAX_ORIGIN && isOrigin(v)),
    cardDelayMs: field('cardDelayMs', raw.cardDelayMs, defaults.cardDelayMs, readDelay),
    highlight: {
      mode: field('highlight.mode', highlightRaw.mode, defaults.highlight.mode, (v) =>
        readOneOf<HighlightMode>(v, HIGHLIGHT_MODES),
      ),
      colour: field('highlight.colour', highlightRaw.colour, defaults.highlight.colour, (v) =>
        readOneOf<HighlightColour>(v, HIGHLIGHT_COLOUR_IDS),
      ),
    },
    badge: field('badge', raw.badge, defaults.badge, readBoolean),
    regions: field('regions', raw.regions, defaults.regions, (v) =>
      readStringList(v, (s) => (REGIONS as readonly string[]).includes(s)) as Region[] | undefined,
    ),
    disabledHosts: list('disabledHosts', raw.disabledHosts, defaults.disabledHosts, (v): v is string => typeof v === 'string' && isHostname(v), MAX_HOSTS),
    disabledThreads: list('disabledThreads', raw.disabledThreads, defaults.disabledThreads, isThreadKey, MAX_THREADS),
    dismissed: list('dismissed', raw.dismissed, defaults.dismissed, isDismissedMention, MAX_DISMISSED),
  };
  return { settings, problems };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function readBoolean(v: unknown): boolean | undefined {
  return typeof v === 'boolean' ? v : undefined;
}

function readDelay(v: unknown): number | undefined {
  return Number.isInteger(v) && (v as number) >= CARD_DELAY_MIN_MS && (v as number) <= CARD_DELAY_MAX_MS
    ? (v as number)
    : undefined;
}

function readOneOf<T extends string>(v: unknown, allowed: readonly T[]): T | undefined {
  return allowed.includes(v as T) ? (v as T) : undefined;
}

/** A list of distinct strings that all pass `ok`, or undefined when any item is wrong. */
function readStringList(v: unknown, ok: (s: string) => boolean): string[] | undefined {
  if (!Array.isArray(v) || !v.every((s) => typeof s === 'string' && ok(s))) return undefined;
  return [...new Set(v as string[])];
}

function isHostname(s: string): boolean {
  return /^[a-z0-9.-]+$/i.test(s) && s.length <= 253;
}
