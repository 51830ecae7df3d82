// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { pickAdapter } from '../../../sites/index';
import { loadFixture } from './load-fixture';

function page(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('pickAdapter', () => {
  it.each([
    ['reddit', 'reddit', 7],
    ['old-reddit', 'old-reddit', 6],
    ['letsrun', 'letsrun', 6],
    ['fetcheveryone', 'fetcheveryone', 4],
    ['runningahead', 'runningahead', 4],
    ['strava', 'strava', 5],
    ['strava-dashboard', 'strava', 6],
    ['garmin-connect', 'garmin-connect', 2],
    ['garmin-connect-app', 'garmin-connect', 4],
    ['intervals-icu', 'intervals-icu', 4],
    ['discourse', 'discourse', 5],
  ])('picks the site adapter for %s.html by its URL', (fixture, id, count) => {
    const { doc, url } = loadFixture(fixture);
    const choice = pickAdapter(url, doc);
    expect(choice.adapter.id).toBe(id);
    expect(choice.posts).toHaveLength(count);
    expect(choice.fellBackFrom).toBeUndefined();
  });

  it.each([
    ['discourse', 'discourse'],
    ['phpbb', 'phpbb'],
    ['xenforo', 'xenforo'],
    ['vbulletin', 'vbulletin'],
    ['invision', 'invision'],
  ])('recognises the %s engine from the document on any host', (fixture, id) => {
    const { doc } = loadFixture(fixture);
    expect(pickAdapter(new URL('https://forum.example-running-club.org/thread/1'), doc).adapter.id).toBe(id);
  });

  it('reads old markup served on www.reddit.com with the old-Reddit adapter', () => {
    const { doc } = loadFixture('old-reddit');
    const choice = pickAdapter(new URL('https://www.reddit.com/r/AdvancedRunning/comments/1b2c3d4/'), doc);
    expect(choice.adapter.id).toBe('old-reddit');
    expect(choice.fellBackFrom).toBeUndefined();
  });

  it('falls back to generic when a redesign leaves the Reddit selectors with nothing', () => {
    const redesigned = page(`
      <header><nav><a href="/">reddit</a><a href="/r/popular">Popular</a></nav></header>
      <main>
        <reddit-post-v3 data-author="new_look">
          <h1 class="post-headline">Anyone else get upper back pain on long runs?</h1>
          <div class="post-body-v3"><p>Since the mileage jump my upper back aches from mile 10 onwards.</p></div>
        </reddit-post-v3>
        <reddit-reply-v3><div class="reply-body"><p>Check your arm swing, shoulders relaxed and low.</p></div></reddit-reply-v3>
      </main>`);
    const choice = pickAdapter(new URL('https://www.reddit.com/r/running/comments/1d0abcd/x/'), redesigned);
    expect(choice.adapter.id).toBe('generic');
    expect(choice.fellBackFrom?.id).toBe('reddit');
    expect(choice.posts.map((post) => post.textContent)).toEqual([
      'Anyone else get upper back pain on long runs?',
      'Since the mileage jump my upper back aches from mile 10 onwards.',
      'Check your arm swing, shoulders relaxed and low.',
    ]);
  });

  it('uses generic, with nothing to fall back from, on an unknown page', () => {
    const { doc } = loadFixture('generic');
    const choice = pickAdapter(new URL('https://runningwithkate.blog/2024/03/11/x/'), doc);
    expect(choice.adapter.id).toBe('generic');
    expect(choice.fellBackFrom).toBeUndefined();
    expect(choice.posts.length).toBeGreaterThan(0);
  });
});
