// Match patterns of the sites Backlight runs on by default. Used by the manifest's host
// permissions and by the content script, so the two can never disagree. Exact hosts only:
// other sites are added by the user through optional permissions.
export const SITE_MATCHES = [
  'https://www.reddit.com/*',
  'https://old.reddit.com/*',
  'https://www.letsrun.com/*',
  'https://www.fetcheveryone.com/*',
  'https://www.runningahead.com/*',
  'https://www.strava.com/*',
  'https://connect.garmin.com/*',
  'https://intervals.icu/*',
  'https://forum.intervals.icu/*',
];
