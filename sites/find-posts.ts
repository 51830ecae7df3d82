import type { SiteAdapter } from './types';
import { outermost } from './dom';

/** An adapter's posts within `root`, gathered step by step: the generator pauses after each step. */
export function* gatherPosts(adapter: SiteAdapter, root: Document | Element): Generator<void, Element[]> {
  const posts: Element[] = [];
  for (const step of adapter.postsIn(root)) {
    for (const post of step) posts.push(post);
    yield;
  }
  return posts;
}

/** Runs stepwise work to its end at once. */
export function runToEnd<R>(steps: Iterator<unknown, R>): R {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
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
