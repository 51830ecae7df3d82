import { expect } from 'vitest';
import { findPosts } from '../../../sites/find-posts';
import type { SiteAdapter } from '../../../sites/types';

/**
 * Looking within any element of the page outside the posts (a subtree the page added, say) finds
 * exactly the posts the whole page's search finds in it. Asserts that for every such element.
 */
export function expectSamePostsWithin(adapter: SiteAdapter, doc: Document): void {
  const found = findPosts(adapter, doc);
  expect(found.length).toBeGreaterThan(0);
  const inPost = (element: Element) => found.some((post) => post !== element && post.contains(element));
  const elements = [...doc.body.querySelectorAll('*')].filter((element) => !inPost(element));
  for (const element of elements) {
    expect(findPosts(adapter, element)).toEqual(found.filter((post) => element.contains(post)));
  }
}
