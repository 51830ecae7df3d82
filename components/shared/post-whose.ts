import type { PostWhose } from '../../ui-text/post-whose';

/** Which post of `posts` the one at `position` (0: the page's first) is, by its author's label if it has one. */
export function postWhose(label: string | undefined, position: number, posts: number): PostWhose {
  if (label) return { author: label };
  if (posts === 1) return 'this';
  return position === 0 ? 'first' : 'reply';
}
