import type { FixturePage } from './fixture-routes';

export const DEMO_THREAD: FixturePage = {
  url: 'https://www.reddit.com/r/running/comments/1backlt/mid_back_burning_after_long_runs_anyone_else/',
  file: 'demo/forum-thread.html',
};

export const DEMO_ACTIVITY: FixturePage = {
  url: 'https://www.strava.com/activities/11223344556',
  file: 'sites/strava.html',
  css: 'demo/strava-look.css',
};

export const DEMO_PAGES: FixturePage[] = [DEMO_THREAD, DEMO_ACTIVITY];

/** A thread whose opening post names warning signs (numb legs) and a reply that names another. */
export const RED_FLAG_THREAD: FixturePage = {
  url: 'https://www.reddit.com/r/AdvancedRunning/comments/1rflag3/numb_legs_after_a_long_run/',
  file: 'red-flags/thread.html',
};
