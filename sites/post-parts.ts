import type { SiteAdapter } from './types';
import { runToEnd } from '../core/run-to-end';

/** One post and the text elements it is read from (a title and a body, or just itself), in order. */
export interface PostParts {
  post: Element;
  parts: Element[];
}

/** Parts gathered into posts in one step of `postPartsSteps`. */
const PARTS_PER_STEP = 500;

/**
 * Gathers the adapter's text elements into posts (`postOf`), in the order each post first
 * appears; stepwise, pausing every few hundred parts (a thread's 20,000 comments).
 */
export function* postPartsSteps(adapter: SiteAdapter, found: readonly Element[]): Generator<void, PostParts[]> {
  const posts = new Map<Element, Element[]>();
  for (const [i, part] of found.entries()) {
    if (i > 0 && i % PARTS_PER_STEP === 0) yield;
    const post = adapter.postOf?.(part) ?? part;
    const parts = posts.get(post);
    if (parts) parts.push(part);
    else posts.set(post, [part]);
  }
  return [...posts].map(([post, parts]) => ({ post, parts }));
}

/** `postPartsSteps` at once. */
export function postParts(adapter: SiteAdapter, found: readonly Element[]): PostParts[] {
  return runToEnd(postPartsSteps(adapter, found));
}
