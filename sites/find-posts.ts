import type { SiteAdapter } from './types';
import { outermost } from './dom';
import { runToEnd } from '../core/run-to-end';

/** An adapter's posts within `root`, gathered step by step: the generator pauses after each step. */
export function* gatherPosts(adapter: SiteAdapter, root: Document | Element): Generator<void, Element[]> {
  const posts: Element[] = [];
  for (const step of adapter.postsIn(root)) {
    for (const post of step) posts.push(post);
    yield;
  }
  return posts;
}

/** All of an adapter's posts within `root` at once, for callers that need not share the main thread. */
export function findPosts(adapter: SiteAdapter, root: Document | Element): Element[] {
  return runToEnd(gatherPosts(adapter, root));
}

/** An adapter's posts within any of `roots` (elements that changed), stepwise like `gatherPosts`. */
export function* gatherPostsWithin(adapter: SiteAdapter, roots: Iterable<Element>): Generator<void, Element[]> {
  const posts: Element[] = [];
  for (const root of outermost(roots)) for (const post of yield* gatherPosts(adapter, root)) posts.push(post);
  return posts;
}
