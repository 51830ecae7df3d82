// The page benchmark's thread: a new-Reddit thread of generated forum comments (deterministic),
// in the same markup as the live-page tests.
import { analyze } from '../core/analyze';
import type { Thread, ThreadComment } from '../tests/fixtures/live/reddit-thread';
import { forumPosts } from './forumText';

/** `count` comments of generated forum text; `seed` picks another thread of the same kind. */
export function benchThread(count: number, seed = 7): Thread {
  const texts: string[] = [];
  while (texts.length < count) texts.push(...forumPosts(400 * count, seed + texts.length));
  const comments: ThreadComment[] = texts.slice(0, count).map((text, i) => ({ id: `b${seed}x${i}`, text }));
  return { title: `Generated thread ${seed}`, body: 'Long runs and back pain: what works for you?', comments };
}

/** Every text of the thread a reader sees as a post: title, body, comments. */
export function threadTexts(thread: Thread): string[] {
  return [thread.title, thread.body, ...thread.comments.map((c) => c.text)];
}

/** How many active mentions `texts` hold, and their distinct texts (what a keyword highlighter is given). */
export function activeMentionTexts(texts: readonly string[]): { count: number; phrases: string[] } {
  const mentions = texts.flatMap((text) =>
    analyze(text).mentions.filter((m) => m.status === 'active').map((m) => m.text),
  );
  return { count: mentions.length, phrases: [...new Set(mentions)] };
}
