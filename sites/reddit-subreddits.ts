// Subreddits where Backlight runs by default; the rest of Reddit only with the user's
// "all of Reddit" setting. Lower case, without the r/ prefix. Satire subs (r/RunningCirclejerk)
// are left out on purpose: jokes about "my back exploded" would read as real complaints.
export const RUNNING_SUBREDDITS: readonly string[] = [
  'running',
  'advancedrunning',
  'trailrunning',
  'ultrarunning',
  'c25k',
  'firstmarathon',
  'marathon_training',
  'beginnerrunning',
  'xxrunning',
  'runninglifestyle',
  'halfmarathon',
  'runningshoegeeks',
];

/** Whether the Reddit page at `url` is in a running subreddit (`/r/name/…`, any case; `a+b` multis need all). */
export function isRunningSubreddit(url: URL): boolean {
  const names = /^\/r\/([^/]+)/i.exec(url.pathname)?.[1];
  if (!names) return false;
  return names
    .toLowerCase()
    .split('+')
    .every((name) => RUNNING_SUBREDDITS.includes(name));
}
