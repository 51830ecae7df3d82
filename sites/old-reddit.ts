import type { SiteAdapter } from './types';
import { selectPosts } from './dom';
import { titledPost } from './titled-post';

// old.reddit.com: every post and comment is a `.thing` (with `data-author`); the self-post text
// and comment bodies are `.usertext-body > .md`, the title `a.title`. Modelled on the served
// markup and on Reddit Enhancement Suite / "Unedit and Undelete for Reddit" selectors.
// Promoted links are `.thing.promoted`; the sidebar's `.md` is outside any `.thing`.

const TITLE = '.thing.link:not(.promoted) > .entry a.title';
const BODY = '.thing:not(.promoted) .usertext-body > .md';

export const oldReddit: SiteAdapter = {
  id: 'old-reddit',
  name: 'Reddit (old)',
  matches: (url) => url.hostname === 'reddit.com' || url.hostname.endsWith('.reddit.com'),
  postsIn: (root) => selectPosts(root, `${TITLE}, ${BODY}`),
  // A self post's title and text are one post; a link post's title stands alone.
  postOf: titledPost({ title: TITLE, body: BODY, scope: '.thing' }),
  describePost: (post) => post.closest('.thing')?.getAttribute('data-author') ?? undefined,
  ignoreWithin: 'blockquote, pre',
};
