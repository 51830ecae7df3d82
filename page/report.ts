import type { Analysis } from '../core/types';

/** What the content script knows about one post: sent to the popup, never off the device. */
export interface PostReport extends Analysis {
  /** Stable for the page's lifetime: how the popup asks the page to reveal a post's mention. */
  key: number;
  label?: string;
}

export interface PageReport {
  url: string;
  adapter: { id: string; name: string };
  posts: PostReport[];
  activeCount: number;
}

export function countActive(posts: readonly Analysis[]): number {
  let n = 0;
  for (const p of posts) for (const m of p.mentions) if (m.status === 'active') n++;
  return n;
}
