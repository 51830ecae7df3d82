/** The sites Backlight runs on out of the box, as the user switches them on and off. */
export const DEFAULT_SITE_IDS = [
  'reddit',
  'letsrun',
  'fetcheveryone',
  'runningahead',
  'strava',
  'garmin-connect',
  'intervals-icu',
] as const;
export type DefaultSiteId = (typeof DEFAULT_SITE_IDS)[number];

export interface DefaultSite {
  id: DefaultSiteId;
  /** A proper name, not translated. */
  name: string;
  hosts: readonly string[];
}

export const DEFAULT_SITES: readonly DefaultSite[] = [
  { id: 'reddit', name: 'Reddit', hosts: ['www.reddit.com', 'old.reddit.com'] },
  { id: 'letsrun', name: 'LetsRun', hosts: ['www.letsrun.com'] },
  { id: 'fetcheveryone', name: 'Fetcheveryone', hosts: ['www.fetcheveryone.com'] },
  { id: 'runningahead', name: 'RunningAHEAD', hosts: ['www.runningahead.com'] },
  { id: 'strava', name: 'Strava', hosts: ['www.strava.com'] },
  { id: 'garmin-connect', name: 'Garmin Connect', hosts: ['connect.garmin.com'] },
  { id: 'intervals-icu', name: 'intervals.icu', hosts: ['intervals.icu', 'forum.intervals.icu'] },
];

/** The default site a host belongs to, if any. */
export function defaultSiteOf(hostname: string): DefaultSite | undefined {
  return DEFAULT_SITES.find((site) => site.hosts.includes(hostname));
}

