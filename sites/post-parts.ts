import type { SiteAdapter } from './types';

/** One post and the text elements it is read from (a title and a body, or just itself), in order. */
export interface PostParts {
  post: Element;
  parts: Element[];
}

/** Gathers the adapter's text elements into posts (`postOf`), in the order each post first appears. */
export function postParts(adapter: SiteAdapter, found: readonly Element[]): PostParts[] {
  const posts = new Map<Element, Element[]>();
  for (const part of found) {
    const post = adapter.postOf?.(part) ?? part;
    const parts = posts.get(post);
    if (parts) parts.push(part);
    else posts.set(post, [part]);
  }
  return [...posts].map(([post, parts]) => ({ post, parts }));
}
