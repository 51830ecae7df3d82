// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { generic } from '../../../sites/generic';
import { loadFixture, squash } from './load-fixture';
import { findPosts } from '../../../sites/find-posts';
import { expectSamePostsWithin } from './same-posts-within';

describe('generic adapter on a blog post', () => {
  const blocks = findPosts(generic, loadFixture('generic').doc).map((block) => squash(block.textContent));

  it('returns the paragraph-level blocks of prose, in document order', () => {
    expect(blocks).toEqual([
      'Why does my mid back burn after long runs?',
      expect.stringContaining('the mid back burning after long runs started'),
      expect.stringContaining('I sit at a desk for most of the day'),
      'Rows and band pull-aparts twice a week after easy runs.',
      'Carrying one soft flask instead of the hydration vest.',
      // The theme's heading repeats the title; the generic adapter can't tell it from prose.
      '2 thoughts on “Why does my mid back burn after long runs?”',
      'I get pain between my shoulder blades on the treadmill but not outdoors. Rows helped me too!',
      'So glad to see you back to running long, Kate!',
    ]);
  });

  it('skips navigation, header, footer, sidebar, ads, forms, editable drafts, code and hidden parts', () => {
    const all = blocks.join(' | ');
    for (const text of [
      'Slow miles, honest notes',
      'Popular posts',
      'Lower back pain and hills',
      'relief cream',
      'posture corrector',
      'My back hurts too',
      'never posted',
      'weekly_km',
      'Old embed',
      'Proudly powered by WordPress',
      'Posted in',
    ]) {
      expect(all).not.toContain(text);
    }
  });

  it('finds within any part of the page the blocks the whole page has there, none within skipped chrome', () => {
    expectSamePostsWithin(generic, loadFixture('generic').doc);
  });

  it('returns an empty list for a page without prose', () => {
    const doc = new DOMParser().parseFromString('<nav><a href="/">Home</a></nav><button>Sign in</button>', 'text/html');
    expect(findPosts(generic, doc)).toEqual([]);
  });

  it('keeps a block that mixes direct text and paragraphs whole, never nested', () => {
    const doc = new DOMParser().parseFromString(
      '<div class="note">My lower back has been sore since Sunday’s race. <p>It eases off after a warm shower and a walk.</p></div>',
      'text/html',
    );
    expect(findPosts(generic, doc).map((block) => block.className)).toEqual(['note']);
  });
});
