import { isRunningSubreddit } from '../sites';
import { defaultSiteOf } from './default-sites';
import type { Settings } from './settings-schema';
import { threadKey } from './turned-off-threads';

export type SiteDecision =
  | { run: true; why: 'default-site' | 'user-site' }
  | { run: false; why: 'site-off' | 'host-off' | 'thread-off' | 'not-a-running-subreddit' | 'not-added' };

/**
 * Whether the content script should scan the page at `url`. Reddit is a single-page app, so the
 * content script asks again on every URL change.
 */
export function siteDecision(url: URL, settings: Settings): SiteDecision {
  if (settings.disabledHosts.includes(url.hostname)) return { run: false, why: 'host-off' };
  if (settings.disabledThreads.length > 0 && settings.disabledThreads.includes(threadKey(url.href))) {
    return { run: false, why: 'thread-off' };
  }
  const site = defaultSiteOf(url.hostname);
  if (site) {
    if (!settings.sites[site.id]) return { run: false, why: 'site-off' };
    if (site.id === 'reddit' && !settings.allOfReddit && !isRunningSubreddit(url)) {
      return { run: false, why: 'not-a-running-subreddit' };
    }
    return { run: true, why: 'default-site' };
  }
  if (settings.userSites.includes(url.origin)) return { run: true, why: 'user-site' };
  return { run: false, why: 'not-added' };
}
