import { describe, expect, it } from 'vitest';
import { DEFAULT_SITES } from '../../../extension/default-sites';
import { defaultSettings } from '../../../extension/settings-schema';
import { siteDecision } from '../../../extension/site-policy';
import { SITE_MATCHES } from '../../../sites/matches';

const decide = (url: string, change: Partial<ReturnType<typeof defaultSettings>> = {}) =>
  siteDecision(new URL(url), { ...defaultSettings(), ...change });

describe('siteDecision', () => {
  it('runs on the default sites', () => {
    expect(decide('https://www.strava.com/activities/1')).toEqual({ run: true, why: 'default-site' });
    expect(decide('https://forum.intervals.icu/t/x/1')).toEqual({ run: true, why: 'default-site' });
  });

  it('runs on Reddit only in running subreddits unless all of Reddit is on', () => {
    expect(decide('https://www.reddit.com/r/running/comments/1/x/').run).toBe(true);
    expect(decide('https://old.reddit.com/r/AskDocs/comments/1/x/')).toEqual({ run: false, why: 'not-a-running-subreddit' });
    expect(decide('https://www.reddit.com/r/AskDocs/', { allOfReddit: true }).run).toBe(true);
  });

  it('respects a site switched off and a host turned off from a card', () => {
    const sites = { ...defaultSettings().sites, strava: false };
    expect(decide('https://www.strava.com/activities/1', { sites })).toEqual({ run: false, why: 'site-off' });
    expect(decide('https://www.letsrun.com/forum', { disabledHosts: ['www.letsrun.com'] })).toEqual({ run: false, why: 'host-off' });
  });

  it('runs on sites the user added, by origin', () => {
    expect(decide('https://forum.example.com/t/1', { userSites: ['https://forum.example.com'] })).toEqual({ run: true, why: 'user-site' });
    expect(decide('https://forum.example.com/t/1')).toEqual({ run: false, why: 'not-added' });
  });

  it('knows exactly the manifest’s hosts', () => {
    const manifestHosts = SITE_MATCHES.map((pattern) => pattern.replace(/^https:\/\//, '').replace(/\/\*$/, ''));
    expect(DEFAULT_SITES.flatMap((s) => s.hosts).sort()).toEqual(manifestHosts.sort());
  });
});
