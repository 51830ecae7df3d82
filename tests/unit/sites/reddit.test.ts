// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { reddit } from '../../../sites/reddit';
import { oldReddit } from '../../../sites/old-reddit';
import { readTextBlock } from '../../../page/text-block';
import { loadFixture, squash } from './load-fixture';
import { findPosts } from '../../../sites/find-posts';
import { expectSamePostsWithin } from './same-posts-within';

const NEW_REDDIT_POSTS = [
  ['marathon_maybe', 'Mid back burning after long runs — form or core?'],
  ['marathon_maybe', 'I get this mid back burning after long runs, right under the shoulder blades'],
  ['trail_tortoise', 'I get pain between my shoulder blades on the treadmill but never outside'],
  ['quad_squad', 'Same here. Once I stopped gripping the handrails'],
  ['comeback_kid_22', "I'm finally back to running after a stress fracture"],
  ['hammy_hurts', 'the back of my knee, turned out to be a tight hamstring'],
  ['negative_splitter', 'Congrats on the 18 miler'],
] as const;

function attachSlotOnlyShadowRoots(doc: Document): void {
  for (const host of doc.querySelectorAll('shreddit-post, shreddit-comment')) {
    host.attachShadow({ mode: 'open' }).innerHTML = '<slot name="title"></slot><slot name="comment"></slot><slot></slot>';
  }
}

describe('new Reddit adapter', () => {
  it('finds the title, the post body and every comment, in reading order', () => {
    const { doc } = loadFixture('reddit');
    const posts = findPosts(reddit, doc);
    expect(posts).toHaveLength(NEW_REDDIT_POSTS.length);
    posts.forEach((post, i) => {
      const [author, snippet] = NEW_REDDIT_POSTS[i]!;
      expect(squash(post.textContent)).toContain(snippet);
      expect(reddit.describePost?.(post)).toBe(author);
    });
  });

  it('skips the promoted post, the sidebar and the navigation', () => {
    const text = findPosts(reddit, loadFixture('reddit').doc).map((post) => post.textContent).join(' ');
    expect(text).not.toContain('posture corrector');
    expect(text).not.toContain('injury FAQ');
    expect(text).not.toContain('r/backpain');
  });

  it('leaves the quoted parent out of a reply', () => {
    const reply = findPosts(reddit, loadFixture('reddit').doc)[3]!;
    expect(squash(readTextBlock(reply, reddit.ignoreWithin).text)).toBe(
      'Same here. Once I stopped gripping the handrails it eased off within a week.',
    );
  });

  it('finds the same slotted posts once Reddit has attached its shadow roots', () => {
    const { doc } = loadFixture('reddit');
    attachSlotOnlyShadowRoots(doc);
    expect(findPosts(reddit, doc)).toHaveLength(NEW_REDDIT_POSTS.length);
  });

  it('finds within any part of the thread the posts the whole page has there, shadow roots attached', () => {
    const { doc } = loadFixture('reddit');
    attachSlotOnlyShadowRoots(doc);
    expectSamePostsWithin(reddit, doc);
  });

  it('also reads text that lives only in an open shadow root', () => {
    const doc = new DOMParser().parseFromString(
      '<shreddit-comment author="shadow_runner" thingid="t1_x"></shreddit-comment>',
      'text/html',
    );
    const host = doc.querySelector('shreddit-comment')!;
    host.attachShadow({ mode: 'open' }).innerHTML =
      '<div id="t1_x-comment-rtjson-content" class="md"><p>My upper back is sore after hill repeats.</p></div>';
    const posts = findPosts(reddit, doc);
    expect(posts.map((post) => squash(post.textContent))).toEqual(['My upper back is sore after hill repeats.']);
    expect(reddit.describePost?.(posts[0]!)).toBe('shadow_runner');
  });

  it('is for every Reddit page but old.reddit.com', () => {
    expect(reddit.matches(new URL('https://www.reddit.com/r/gardening/'))).toBe(true);
    expect(reddit.matches(new URL('https://reddit.com/r/running/'))).toBe(true);
    expect(reddit.matches(new URL('https://old.reddit.com/r/running/'))).toBe(false);
    expect(reddit.matches(new URL('https://notreddit.com/r/running/'))).toBe(false);
  });
});

const OLD_REDDIT_POSTS = [
  ['tempo_tom', 'Upper back and neck tightness during tempo runs'],
  ['tempo_tom', 'my traps and upper back lock up around mile 4'],
  ['steeple_chaser', 'my lower back aches for two days after every track session'],
  ['tempo_tantrum', 'Rotating back to my old trainers for easy days helped'],
  ['ccrunner03', 'Did back-to-back long runs last weekend'],
  ['lurking_miler', 'Great question, following.'],
] as const;

describe('old Reddit adapter', () => {
  it('finds the title, self text and comments, not the sidebar, ad or comment form', () => {
    const { doc } = loadFixture('old-reddit');
    const posts = findPosts(oldReddit, doc);
    expect(posts).toHaveLength(OLD_REDDIT_POSTS.length);
    posts.forEach((post, i) => {
      const [author, snippet] = OLD_REDDIT_POSTS[i]!;
      expect(squash(post.textContent)).toContain(snippet);
      expect(oldReddit.describePost?.(post)).toBe(author);
    });
    const text = posts.map((post) => post.textContent).join(' ');
    expect(text).not.toContain('carbon racers');
    expect(text).not.toContain('see a physio');
  });

  it('leaves the quoted comment out of the reply', () => {
    const reply = findPosts(oldReddit, loadFixture('old-reddit').doc)[3]!;
    expect(squash(readTextBlock(reply, oldReddit.ignoreWithin).text)).toBe(
      'Plates did the same to me. Rotating back to my old trainers for easy days helped.',
    );
  });

  it('finds within any part of the thread the posts the whole page has there', () => {
    expectSamePostsWithin(oldReddit, loadFixture('old-reddit').doc);
  });

  it('is for any Reddit host, since www can serve old markup too', () => {
    expect(oldReddit.matches(new URL('https://old.reddit.com/r/running/'))).toBe(true);
    expect(oldReddit.matches(new URL('https://www.reddit.com/r/running/'))).toBe(true);
  });
});
