import type { SiteAdapter } from './types';
import { selectPosts } from './dom';

// old.reddit.com: every post and comment is a `.thing` (with `data-author`); the self-post text
// and comment bodies are `.usertext-body > .md`, the title `a.title`. Modelled on the served
// markup and on Reddit Enhancement Suite / "Unedit and Undelete for Reddit" selectors.
// Promoted links are `.thing.promoted`; the sidebar's `.md` is outside any `.thing`.

const POSTS = [
  '.thing.link:not(.promoted) > .entry a.title',
  '.thing:not(.promoted) .usertext-body > .md',
].join(', ');

export const oldReddit: SiteAdapter = {
  id: 'old-reddit',
  name: 'Reddit (old)',
  matches: (url) => url.hostname === 'reddit.com' || url.hostname.endsWith('.reddit.com'),
  findPosts: (root) => selectPosts(root, POSTS),
  describePost: (post) => post.closest('.thing')?.getAttribute('data-author') ?? undefined,
  ignoreWithin: 'blockquote, pre',
};
