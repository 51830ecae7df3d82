import type { SiteAdapter } from './types';
import { hostIsOneOf, selectPosts, textOf } from './dom';
import { titledPost, type TitledPost } from './titled-post';

/** Everything a selector-only adapter needs; each adapter file fills one in with its own selectors. */
export interface SelectorAdapterSpec {
  id: string;
  name: string;
  /** Exact host names the adapter is for; engine adapters leave it out and use `detect`. */
  hosts?: readonly string[];
  /** Elements holding user-written text. */
  posts: string;
  /** A title among `posts` that is read as one post with the body it heads. */
  title?: TitledPost;
  ignoreWithin?: string;
  detect?(doc: Document): boolean;
  /** How to label a post: its enclosing post element, and where the author's name is inside it. */
  label?: { container: string; author: string };
}

export function selectorAdapter(spec: SelectorAdapterSpec): SiteAdapter {
  const { label, hosts } = spec;
  return {
    id: spec.id,
    name: spec.name,
    matches: (url) => (hosts ? hostIsOneOf(url, hosts) : false),
    postsIn: (root) => selectPosts(root, spec.posts),
    ...(spec.title ? { postOf: titledPost(spec.title) } : {}),
    ...(spec.ignoreWithin ? { ignoreWithin: spec.ignoreWithin } : {}),
    ...(spec.detect ? { detect: spec.detect } : {}),
    ...(label ? { describePost: (post: Element) => textOf(post.closest(label.container), label.author) } : {}),
  };
}
