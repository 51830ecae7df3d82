import type { SiteAdapter } from './types';
import { selectorAdapter } from './selector-adapter';

// Strava (evidence and what is unverified: SELECTORS-CHECKED.md). Activity pages
// (`/activities/<id>`): the server-rendered summary has the title in `h1.activity-name` and the
// description in `.activity-description-container .content`; comments are modelled as
// `.comment .comment-text` (React builds: `[data-testid="comment_text"]`). Dashboard and club
// feeds are React: each `[data-testid="web-feed-entry"]` has `a[data-testid="activity_name"]` and
// `[data-testid="activity_description_wrapper"]`, group entries repeat them per athlete, as public
// kudos/feed userscripts and scrapers read them. Club discussion posts are modelled as
// `.club-post .post-text`.
export const strava: SiteAdapter = selectorAdapter({
  id: 'strava',
  name: 'Strava',
  hosts: ['www.strava.com'],
  posts: [
    'h1.activity-name',
    '.activity-description-container .content',
    '.comment .comment-text',
    '[data-testid="comment_text"]',
    '[data-testid="web-feed-entry"] [data-testid="activity_name"]',
    '[data-testid="activity_description_wrapper"]',
    '.club-post .post-text',
  ].join(', '),
  label: {
    container: '[class*="GroupActivity--child-entry"], [data-testid="web-feed-entry"], .comment, #heading, .club-post',
    author: '[data-testid="owners-name"], .comment-athlete, .title a, .post-author',
  },
});
