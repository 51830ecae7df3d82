// Match patterns of the sites Backlight runs on by default. Used by the manifest's host
// permissions and by the content script, so the two can never disagree. Exact hosts only:
// other sites are added by the user through optional permissions.
export const SITE_MATCHES = [
  '*://www.reddit.com/*',
  '*://old.reddit.com/*',
  '*://www.letsrun.com/*',
  '*://www.fetcheveryone.com/*',
  '*://www.runningahead.com/*',
  '*://www.strava.com/*',
  '*://connect.garmin.com/*',
  '*://intervals.icu/*',
  '*://forum.intervals.icu/*',
];
