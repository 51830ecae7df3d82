// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../core/analyze';
import { readTextBlock } from '../../../page/text-block';
import { generic } from '../../../sites/generic';
import { postParts } from '../../../sites/post-parts';
import { reddit } from '../../../sites/reddit';
import { findPosts } from '../../../sites/find-posts';

function redditThread(): void {
  document.body.innerHTML = `
    <shreddit-post author="hill_hater" post-title="Mid back pain after hill repeats">
      <h1 slot="title">Mid back pain after hill repeats</h1>
      <section slot="text-body"><p>Started when I got new shoes last month.</p></section>
    </shreddit-post>
    <shreddit-comment author="desk_dan" depth="0">
      <section slot="comment"><p>My lower back hurts after sitting at my desk all day.</p></section>
    </shreddit-comment>`;
}

describe('posts read in parts', () => {
  it('reads a Reddit post’s title and body as one post, and each comment as its own', () => {
    redditThread();
    const found = findPosts(reddit, document);
    expect(found).toHaveLength(3);
    const posts = postParts(reddit, found);
    expect(posts.map(({ post }) => reddit.describePost!(post))).toEqual(['hill_hater', 'desk_dan']);
    expect(posts.map(({ parts }) => parts.length)).toEqual([2, 1]);
    const { text } = readTextBlock(posts[0]!.parts);
    expect(text.trim()).toBe('Mid back pain after hill repeats\nStarted when I got new shoes last month.');
  });

  it('gives the title’s mention the causes the body names', () => {
    redditThread();
    const [first] = postParts(reddit, findPosts(reddit, document));
    const analysis = analyze(readTextBlock(first!.parts).text);
    expect(analysis.mentions.map((m) => m.text)).toEqual(['Mid back pain']);
    expect(analysis.causes.map((c) => c.id)).toEqual(expect.arrayContaining(['hills', 'footwear']));
  });

  it('keeps every element its own post for an adapter without parts', () => {
    document.body.innerHTML = '<article><p>Mid back sore.</p></article><article><p>Lower back stiff.</p></article>';
    const found = findPosts(generic, document);
    expect(postParts(generic, found).map(({ post, parts }) => [post, parts])).toEqual(found.map((el) => [el, [el]]));
  });
});
