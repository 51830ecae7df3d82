import { expect } from 'vitest';
import type { BrowserSession, TabPage } from './support/browser-session';
import { clickCardButton, hoverMention } from './card.support';
import { CARD_TEXT_EN } from '../../ui-text/en/card';
import type { FixturePage } from './support/fixture-routes';
import { readHighlight } from './support/page-marks';

// Shared by full-explanation.{chromium,firefox}.e2e.ts: a card's "Full explanation" opens the
// popup at its post, below the answer, in the folded list of every mention.

/** A thread whose second post (a comment far down the page) has a mention. */
export const FULL_EXPLANATION_THREAD: FixturePage = {
  url: 'https://www.reddit.com/r/running/comments/2redfl/back_and_chest_after_hill_repeats/',
  file: 'popup/red-flag-thread.html',
};
export const COMMENT_MENTION = 'lower back hurts';

/** Opens the thread and asks the comment's card for the full explanation. */
export async function askFullExplanation(session: BrowserSession): Promise<TabPage> {
  const tab = await session.openTab(FULL_EXPLANATION_THREAD.url);
  await expect.poll(() => tab.evaluate(readHighlight, 'backlight-active')).toHaveLength(2);
  // The popup reads the window's active tab: this one, not the welcome page opened on install.
  await tab.bringToFront();
  await hoverMention(tab, COMMENT_MENTION);
  await clickCardButton(tab, CARD_TEXT_EN.more);
  return tab;
}

export interface FocusedPost {
  listOpen: boolean;
  focused: boolean;
  text: string;
  top: number;
  bottom: number;
  viewport: number;
}

/** In the popup: the post it was opened at, once there is one. */
export function readFocusedPost(): FocusedPost | null {
  const post = document.querySelector('.post[aria-current="true"]');
  if (!post) return null;
  const box = post.getBoundingClientRect();
  return {
    listOpen: document.querySelector<HTMLDetailsElement>('details.every-mention')?.open ?? false,
    focused: document.activeElement === post,
    text: post.textContent ?? '',
    top: box.top,
    bottom: box.bottom,
    viewport: window.innerHeight,
  };
}

/** The popup shows the asked-for post: the list unfolded, the post focused and wholly in view. */
export function expectAtThePost(post: FocusedPost | null): void {
  expect(post).not.toBeNull();
  expect(post!.listOpen).toBe(true);
  expect(post!.focused).toBe(true);
  expect(post!.text).toContain(COMMENT_MENTION);
  expect(post!.top).toBeGreaterThanOrEqual(0);
  expect(post!.bottom).toBeLessThanOrEqual(post!.viewport);
}
