// Match patterns of the sites Backlight runs on by default. Used by the manifest's host
// permissions and by the content script, so the two can never disagree.
export const SITE_MATCHES = [
  '*://www.reddit.com/*',
  '*://old.reddit.com/*',
  '*://www.letsrun.com/*',
  '*://www.strava.com/*',
  '*://connect.garmin.com/*',
];
