import type { SiteAdapter } from './types';
import { reddit } from './reddit';
import { oldReddit } from './old-reddit';
import { letsrun } from './letsrun';
import { fetcheveryone } from './fetcheveryone';
import { runningahead } from './runningahead';
import { strava } from './strava';
import { garminConnect } from './garmin-connect';
import { intervalsIcu } from './intervals-icu';
import { discourse } from './discourse';
import { phpbb } from './phpbb';
import { xenforo } from './xenforo';
import { vbulletin } from './vbulletin';
import { invision } from './invision';
import { generic } from './generic';
import { gatherPosts } from './find-posts';
import { runToEnd } from '../core/run-to-end';

/** Adapters for particular sites, chosen by URL. New Reddit before old: www.reddit.com can serve either. */
export const SITE_ADAPTERS: readonly SiteAdapter[] = [
  reddit,
  oldReddit,
  letsrun,
  fetcheveryone,
  runningahead,
  strava,
  garminConnect,
  intervalsIcu,
  discourse,
];

/** Forum-engine adapters, chosen by what the document looks like. */
export const ENGINE_ADAPTERS: readonly SiteAdapter[] = [discourse, phpbb, xenforo, vbulletin, invision];

export const ADAPTERS: readonly SiteAdapter[] = [
  ...SITE_ADAPTERS,
  ...ENGINE_ADAPTERS.filter((engine) => !SITE_ADAPTERS.includes(engine)),
  generic,
];

export interface AdapterChoice {
  /** The adapter that found `posts` (`generic` when nothing more precise did). */
  adapter: SiteAdapter;
  posts: Element[];
  /** The adapter meant for this page whose selectors found nothing, when we fell back. */
  fellBackFrom?: SiteAdapter;
}

/**
 * Which adapter reads this page, and the posts it found: the site adapters for the URL, then a
 * forum engine recognised in the document, and if none of them finds a post, the generic
 * adapter — so a site redesign degrades to "still works, less precisely", never to zero.
 * Stepwise: the generator pauses after each step of the search, so it can run in slices.
 */
export function* pickAdapterSteps(url: URL, doc: Document): Generator<void, AdapterChoice> {
  const candidates = SITE_ADAPTERS.filter((adapter) => adapter.matches(url));
  for (const engine of ENGINE_ADAPTERS) {
    // Each looks over the whole document for its engine's marks.
    if (engine.detect?.(doc)) candidates.push(engine);
    yield;
  }
  for (const adapter of new Set(candidates)) {
    const posts = yield* gatherPosts(adapter, doc);
    if (posts.length > 0) return { adapter, posts };
  }
  const choice: AdapterChoice = { adapter: generic, posts: yield* gatherPosts(generic, doc) };
  if (candidates.length > 0) choice.fellBackFrom = candidates[0];
  return choice;
}

/** `pickAdapterSteps` at once. */
export function pickAdapter(url: URL, doc: Document): AdapterChoice {
  return runToEnd(pickAdapterSteps(url, doc));
}

export { isRunningSubreddit, RUNNING_SUBREDDITS } from './reddit-subreddits';
export type { SiteAdapter } from './types';
export { findPosts } from './find-posts';
