import type { SiteAdapter } from './types';
import { selectorAdapter } from './selector-adapter';

// Strava (evidence and what is unverified: SELECTORS-CHECKED.md). Activity pages
// (`/activities/<id>`): the server-rendered summary has the title in `h1.activity-name` and the
// description in `.activity-description-container .content`; comments are modelled as
// `.comment .comment-text` (React builds: `[data-testid="comment_text"]`). Dashboard and club
// feeds are React: each `[data-testid="web-feed-entry"]` has `a[data-testid="activity_name"]` and
// `[data-testid="activity_description_wrapper"]`, group entries repeat them per athlete, as public
// kudos/feed userscripts and scrapers read them. Club discussion posts are modelled as
// `.club-post .post-text`. An activity's name and description are its athlete's one post.
const NAMES = ['h1.activity-name', '[data-testid="web-feed-entry"] [data-testid="activity_name"]'].join(', ');
const DESCRIPTIONS = ['.activity-description-container .content', '[data-testid="activity_description_wrapper"]'].join(', ');

export const strava: SiteAdapter = selectorAdapter({
  id: 'strava',
  name: 'Strava',
  hosts: ['www.strava.com'],
  posts: [
    NAMES,
    DESCRIPTIONS,
    '.comment .comment-text',
    '[data-testid="comment_text"]',
    '.club-post .post-text',
  ].join(', '),
  // A group entry shows each athlete's name and description in a child entry of its own.
  title: { title: NAMES, body: DESCRIPTIONS, scope: '[class*="GroupActivity--child-entry"], [data-testid="web-feed-entry"]' },
  label: {
    container: '[class*="GroupActivity--child-entry"], [data-testid="web-feed-entry"], .comment, #heading, .club-post',
    author: '[data-testid="owners-name"], .comment-athlete, .title a, .post-author',
  },
});
