import type { Analysis } from '../core/types';

/** What the content script knows about one post: sent to the popup, never off the device. */
export interface PostReport extends Analysis {
  /** Stable for the page's lifetime: how the popup asks the page to reveal a post's mention. */
  key: number;
  label?: string;
  /** Indexes of active mentions the page does not mark (hidden by the reader, region off). */
  hidden?: number[];
}

export interface PageReport {
  url: string;
  adapter: { id: string; name: string };
  /** The site's own adapter found nothing (a redesign?), so the generic reader ran instead. */
  fellBackFrom?: { id: string; name: string };
  /** Why Backlight is not scanning this page (site turned off, not a running subreddit…). */
  paused?: string;
  posts: PostReport[];
  /** Active mentions marked on the page: the badge's number. */
  activeCount: number;
  /** The post whose card asked for the full explanation: the popup opens at it. */
  focusPostKey?: number;
}
