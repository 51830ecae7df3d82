import { selectorAdapter } from './selector-adapter';

// RunningAHEAD forums (`/forums/post/<id>`, `/forums/topic/<id>`): a threaded view where each
// reply is a `.post` holding `.post-author` and `.post-body`, followed by the member's
// `.post-signature` (long running quotes — not the member's words about themselves). Modelled
// on the public thread layout; no public scraper documents the class names (SELECTORS-CHECKED.md),
// so if they miss, `pickAdapter` falls back to the generic adapter.
export const runningahead = selectorAdapter({
  id: 'runningahead',
  name: 'RunningAHEAD',
  hosts: ['www.runningahead.com', 'runningahead.com'],
  posts: '.post .post-body',
  ignoreWithin: 'blockquote, .quote',
  label: { container: '.post', author: '.post-author' },
});
