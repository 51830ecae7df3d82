import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSavedPage } from '../../../scripts/saved-page';

// Pages as the sites served them (../shared/real-pages, never copied into the repository):
// read at run time when present.
const REAL_PAGES = join(process.cwd(), '../shared/real-pages');

function realPage(file: string, url: string) {
  return readSavedPage(readFileSync(join(REAL_PAGES, file), 'utf8'), url);
}

describe.skipIf(!existsSync(REAL_PAGES))('site adapters on real saved pages', () => {
  it('reads a LetsRun thread of the Tailwind board: every reply with its author, the subject with the first', () => {
    // The saved file holds the thread's two pages, 20 and 18 replies, one document after the other.
    const page = realPage('letsrun-flat-read-2022.html', 'https://www.letsrun.com/forum/flat_read.php?thread=11583954');
    expect(page.adapter.id).toBe('letsrun');
    const replies = page.posts.filter((post) => post.label);
    expect(replies).toHaveLength(38);
    // Page 1's subject opens its first reply; page 2 opens with a reply, so its subject stands alone.
    expect(page.posts[0]!.text.split('\n').filter((line) => line.trim()).length).toBeGreaterThan(1);
    expect(page.posts.filter((post) => !post.label)).toHaveLength(1);
  });

  it('reads a XenForo 2 thread’s title with its opening post', () => {
    const page = realPage('xenforo2-xenforo-community-thread-2019.html', 'https://xenforo.com/community/threads/a-dark-theme-option.8276/');
    expect(page.adapter.id).toBe('xenforo');
    // Read alone, the title had no author to show.
    expect(page.posts.every((post) => post.label)).toBe(true);
  });

  it('reads an old Reddit self post’s title and text as one post', () => {
    const page = realPage('old-reddit-comments-2025-04.html', 'https://www.reddit.com/r/LocalLLaMA/comments/1jsdisb/llama_4_reasoning_is_coming/');
    expect(page.adapter.id).toBe('old-reddit');
    expect(page.posts).toHaveLength(1);
  });
});
