// A run logged while browsing (opt-in): the activity page's own facts and what its notes said,
// under the same id an import of that activity gets, so the two merge.
import type { PageFacts } from '../facts/types';
import type { Analysis } from '../types';
import { assignDefined } from './assign-defined';
import { checkedFacts } from './raw-activity';
import type { HistorySource, Run } from './types';

const ACTIVITY_PAGES: readonly (readonly [HistorySource, RegExp])[] = [
  ['strava', /^https:\/\/www\.strava\.com\/activities\/(\d+)(?:[/?#]|$)/],
  ['garmin', /^https:\/\/connect\.garmin\.com\/(?:modern|app)\/activity\/(\d+)(?:[/?#]|$)/],
  ['intervals-icu', /^https:\/\/intervals\.icu\/activities\/(i?\d+)(?:[/?#]|$)/],
];

/** The runner's activity that `url` shows, or undefined for any other page. */
export function activityAt(url: string): { source: HistorySource; id: string } | undefined {
  for (const [source, pattern] of ACTIVITY_PAGES) {
    const id = pattern.exec(url)?.[1];
    if (id) return { source, id: `${source}:${id}` };
  }
  return undefined;
}

export interface ActivityPage {
  url: string;
  facts?: PageFacts;
  /** The analyses of the page's posts: the activity's name and notes. */
  posts: readonly Analysis[];
  /** When the page was logged, `YYYY-MM-DDTHH:mm:ss`: the pages show no machine-readable start. */
  seenAt: string;
}

/** The run an activity page shows, or undefined when it is no run or no activity page. */
export function loggedRun(page: ActivityPage): Run | undefined {
  const activity = activityAt(page.url);
  const facts = page.facts ?? {};
  if (!activity || facts.activityType === 'other') return undefined;
  const active = page.posts.flatMap((post) => post.mentions.filter((m) => m.status === 'active'));
  const painPosts = page.posts.filter((post) => post.mentions.some((m) => m.status === 'active'));
  const run: Run = {
    id: activity.id,
    source: activity.source,
    start: page.seenAt,
    activityType: facts.activityType ?? 'run',
    back: {
      pain: active.length > 0,
      regions: [...new Set(active.map((m) => m.region))],
      redFlags: [...new Set(painPosts.flatMap((post) => post.redFlags.map((flag) => flag.id)))],
    },
    cues: [...new Set(painPosts.flatMap((post) => post.causes.map((cause) => cause.id)))],
  };
  // Facts read from a page: bounded like an export's.
  return assignDefined(run, checkedFacts({
    distanceKm: facts.distanceKm,
    movingTimeS: facts.movingTimeS,
    elevationGainM: facts.elevationGainM,
    temperatureC: facts.temperatureC,
    humidityPct: facts.humidityPct,
    gear: facts.shoes?.[0]?.name,
  }));
}

/**
 * `logged` merged into the run already stored under its id: an import's start time and facts
 * win (an export knows the real start), the page adds what the import lacks and its notes' reading.
 */
export function mergeLogged(stored: Run | undefined, logged: Run): Run {
  if (!stored) return logged;
  return { ...logged, ...stored, back: logged.back, cues: [...new Set([...stored.cues, ...logged.cues])] };
}
