// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readTextBlock } from '../../../page/text-block';
import { oldReddit } from '../../../sites/old-reddit';
import { postParts } from '../../../sites/post-parts';
import { strava } from '../../../sites/strava';
import { xenforo } from '../../../sites/xenforo';
import type { SiteAdapter } from '../../../sites/types';
import { findPosts } from '../../../sites/find-posts';

function postTexts(adapter: SiteAdapter, html: string): string[] {
  document.head.innerHTML = '';
  document.body.innerHTML = html;
  return postParts(adapter, findPosts(adapter, document)).map(({ parts }) => readTextBlock(parts).text.replace(/\s+/g, ' ').trim());
}

const THREAD = `
  <h1 class="p-title-value">Lower back sore after intervals</h1>
  <article class="message"><div class="message-body"><div class="bbWrapper">Only on the track days.</div></div></article>
  <article class="message"><div class="message-body"><div class="bbWrapper">Try easing the last rep.</div></div></article>`;

describe('a title read with the post it heads', () => {
  it('joins a thread title to the opening post only', () => {
    expect(postTexts(xenforo, THREAD)).toEqual(['Lower back sore after intervals Only on the track days.', 'Try easing the last rep.']);
  });

  it('leaves the title alone on a later page, where the first post is a reply', () => {
    const texts = postTexts(xenforo, `<link rel="prev" href="/threads/1/page-1">${THREAD}`);
    expect(texts).toEqual(['Lower back sore after intervals', 'Only on the track days.', 'Try easing the last rep.']);
  });

  it('keeps each feed entry to its own description, and a name without one alone', () => {
    const entry = (name: string, description?: string) => `
      <div data-testid="web-feed-entry"><h3><a data-testid="activity_name">${name}</a></h3>
      ${description ? `<div data-testid="activity_description_wrapper"><p>${description}</p></div>` : ''}</div>`;
    const texts = postTexts(strava, entry('Morning jog') + entry('Evening tempo', 'Upper back tight near the end.'));
    expect(texts).toEqual(['Morning jog', 'Evening tempo Upper back tight near the end.']);
  });

  it('joins an old Reddit self post’s title and text, not a comment', () => {
    const texts = postTexts(oldReddit, `
      <div class="thing link self" data-author="op"><div class="entry"><p class="title"><a class="title">Back spasm on a long run</a></p>
        <div class="expando"><div class="usertext-body"><div class="md"><p>Mile 12, out of nowhere.</p></div></div></div></div></div>
      <div class="commentarea"><div class="thing comment" data-author="other"><div class="entry"><div class="usertext-body"><div class="md"><p>Hydration?</p></div></div></div></div></div>`);
    expect(texts).toEqual(['Back spasm on a long run Mile 12, out of nowhere.', 'Hydration?']);
  });

  it('leaves an old Reddit link post’s title alone', () => {
    const texts = postTexts(oldReddit, `
      <div class="thing link" data-author="op"><div class="entry"><p class="title"><a class="title">Study on runners’ back pain</a></p></div></div>
      <div class="commentarea"><div class="thing comment" data-author="other"><div class="entry"><div class="usertext-body"><div class="md"><p>Interesting read.</p></div></div></div></div></div>`);
    expect(texts).toEqual(['Study on runners’ back pain', 'Interesting read.']);
  });
});
