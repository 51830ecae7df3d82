// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { SiteAdapter } from '../../../sites/types';
import { letsrun } from '../../../sites/letsrun';
import { fetcheveryone } from '../../../sites/fetcheveryone';
import { runningahead } from '../../../sites/runningahead';
import { strava } from '../../../sites/strava';
import { garminConnect } from '../../../sites/garmin-connect';
import { intervalsIcu } from '../../../sites/intervals-icu';
import { discourse } from '../../../sites/discourse';
import { phpbb } from '../../../sites/phpbb';
import { xenforo } from '../../../sites/xenforo';
import { vbulletin } from '../../../sites/vbulletin';
import { invision } from '../../../sites/invision';
import { readTextBlock } from '../../../page/text-block';
import { postParts } from '../../../sites/post-parts';
import { loadFixture, squash } from './load-fixture';
import { findPosts } from '../../../sites/find-posts';
import { expectSamePostsWithin } from './same-posts-within';

interface Case {
  adapter: SiteAdapter;
  fixture: string;
  /** A snippet of each post's own text, in order; `[author, snippet]` where the adapter labels posts. */
  posts: (string | readonly [string, string])[];
  /** The page's title (thread subject, activity name), read as the start of the post it heads. */
  title?: string;
  /** Text on the page that must not be read: chrome, ads, signatures, quoted text. */
  absent: string[];
}

const CASES: Case[] = [
  {
    adapter: letsrun,
    fixture: 'letsrun',
    title: 'Pain between my shoulder blades on the treadmill - anyone else?',
    posts: [
      ['treadmill tom', 'nagging pain between my shoulder blades on the treadmill by about mile 6'],
      ['rojo', 'Stop staring at the console.'],
      ['Old Miler', 'Mid back burning after long runs for a month'],
      ['hill grinder', 'the back of my knee has been tight'],
      ['HRE', 'Back to back 20 milers on a treadmill'],
    ],
    absent: ['relief belt', 'Lower back tightness after track workouts', 'treadmill tom wrote'],
  },
  {
    adapter: fetcheveryone,
    fixture: 'fetcheveryone',
    posts: [
      ['PaulaG', 'I get a lower back ache that lasts until Sunday lunchtime'],
      ['BigJohn', 'Could be the cold mornings.'],
      ['RunningRach', 'New pair and the backache went away.'],
      ['Dave the Rave', 'Great to see you back to running every week'],
    ],
    absent: ['Slowly getting back to my 2019 times', 'back pain specialists', 'Upper back pain on the turbo', 'PaulaG wrote'],
  },
  {
    adapter: runningahead,
    fixture: 'runningahead',
    posts: [
      ['slapshot', 'my upper back aches after every run'],
      ['kiwirunner', 'Shoulders up around your ears?'],
      ['TriGuy', 'Keep your back straight and lean from the ankles'],
      ['slapshot', 'no back pain at all!'],
    ],
    absent: ['Shakespeare', 'Re-start date', 'Back to running after baby', 'Try shaking your arms out every few minutes.Thanks'],
  },
  {
    adapter: strava,
    fixture: 'strava',
    title: 'Humid hills long run',
    posts: [
      ['Jordan Ellis', 'Mid back burning after long runs like this is becoming a pattern'],
      ['Marta R.', 'That humidity was brutal this morning.'],
      ['Coach Dan', 'Pain between your shoulder blades on the long runs again?'],
      ['Sam K.', 'Good to see you back to running long after the flu!'],
    ],
    absent: ['back-to-back training insights', 'Back side of the reservoir', 'Add a comment'],
  },
  {
    adapter: strava,
    fixture: 'strava-dashboard',
    posts: [
      // Each entry's name and description are one post; an entry without a description is its name.
      ['Priya N.', 'Lunch Run Easy 8k. Upper back tight from the desk all morning'],
      ['Tom B.', 'Hill repeats 8x90s'],
      ['Alex M.', 'Saturday club run Back to back weekends with the club'],
      ['Jo W.', 'Saturday club run'],
    ],
    absent: ["what's holding you back", 'weekly snapshot'],
  },
  {
    adapter: garminConnect,
    fixture: 'garmin-connect',
    title: 'Frozen trail loop',
    posts: ['My mid back ached from bracing on the descents'],
    absent: ['Connect+', 'Hoka Speedgoat 5'],
  },
  {
    adapter: garminConnect,
    fixture: 'garmin-connect-app',
    title: 'Tempo on the canal towpath',
    posts: [
      'Sharp pain low in my back on the left side',
      "Book the physio before Sunday's long run.",
      'Strong pace for a tempo',
    ],
    // The notes' own heading, the header's meta line, the upsell and the comment box.
    absent: ['Notes Sharp pain', 'Recorded by', 'Connect+', 'Add a comment', 'Jen Okoro'],
  },
  {
    adapter: intervalsIcu,
    fixture: 'intervals-icu',
    title: 'Treadmill tempo',
    posts: [
      'Pain between my shoulder blades on the treadmill again after rep 3',
      ['Coach Martin', 'Try 1% incline and keep the arms relaxed.'],
      ['Lena Fischer', "No back pain on Saturday's outdoor run"],
    ],
    absent: ['Search activities', 'Add a note'],
  },
  {
    adapter: discourse,
    fixture: 'discourse',
    title: 'Mid back pain on long runs: training load or form?',
    posts: [
      ['marco_b', 'my mid back is sore after every long run'],
      ['david', 'a ramp rate above 8 a week is aggressive'],
      ['sarah_t', 'My lower back stiffened up during my marathon block'],
      ['km_collector', 'Have you tried the Compare tab?'],
    ],
    absent: ['Back pain after cycling intervals', 'Back to back long runs in the plan', 'Track CTL, ATL and form.', 'marco_b:'],
  },
  {
    adapter: phpbb,
    fixture: 'phpbb',
    title: 'Upper back pain on long runs',
    posts: [
      ['hilly_harriet', 'my upper back between the shoulder blades starts to burn'],
      ['geoff', 'Try running tall'],
      ['hilly_harriet', 'no back pain at all, thanks!'],
      ['Mudlark', 'The back of my knee has been grumbling'],
    ],
    absent: ['Back at it after 2 years off!', 'geoff wrote', 'The friendly UK running forum'],
  },
  {
    adapter: xenforo,
    fixture: 'xenforo',
    title: 'Mid back burning after long runs',
    posts: [
      ['StrideRight', 'I get mid back burning after long runs, only past 90 minutes'],
      ['PhysioPaula', 'thoracic mobility work and rows usually help'],
      ['StrideRight', "It doesn't wake me up, thankfully."],
      ['Tortoise', 'Are you carrying a backpack?'],
    ],
    absent: ['Back to running since 2021', 'PhysioPaula said:', 'Write your reply', 'Lower back pain marathon training'],
  },
  {
    adapter: vbulletin,
    fixture: 'vbulletin',
    posts: [
      ['5kHero', 'Pain between my shoulder blades on the treadmill, only on the treadmill.'],
      ['IronLegs', 'it was the handrail grip'],
      ['RunMom3', 'My lower back hurts after any speedwork'],
    ],
    absent: ['Back to back half marathons in May!', 'Originally Posted by'],
  },
  {
    adapter: invision,
    fixture: 'invision',
    title: 'Back pain on descents',
    posts: [
      ['Bob Graham hopeful', 'Lower back pain on long descents is killing my Bob Graham recce days'],
      ['fell_ferret', 'Strengthen your glutes and lean forward a touch more.'],
      ['Ali', 'The out and back along the ridge from Latrigg'],
    ],
    absent: ['Strava is forever', 'Bob Graham hopeful said:', 'Reply to this topic'],
  },
];

describe.each(CASES)('$adapter.id adapter on fixture $fixture', ({ adapter, fixture, posts: expected, absent, title }) => {
  const { doc, url } = loadFixture(fixture);
  const found = findPosts(adapter, doc);
  const parts = postParts(adapter, found);
  const posts = parts.map(({ post }) => post);
  const texts = parts.map(({ parts }) => squash(readTextBlock(parts, adapter.ignoreWithin).text));

  it('finds exactly the posts, in order', () => {
    expect(texts).toHaveLength(expected.length);
    expected.forEach((want, i) => {
      const [author, snippet] = typeof want === 'string' ? [undefined, want] : want;
      expect(texts[i]).toContain(snippet);
      if (author) expect(adapter.describePost?.(posts[i]!)).toBe(author);
    });
  });

  it.runIf(title !== undefined)('reads the title as the start of the post it heads, not as a post', () => {
    expect(texts[0]!.startsWith(`${title} `)).toBe(true);
    expect(parts[0]!.parts).toHaveLength(2);
  });

  it('reads nothing from navigation, sidebars, ads, signatures or quoted text', () => {
    const all = texts.join(' | ');
    for (const text of absent) expect(all).not.toContain(text);
  });

  it('returns no post inside another', () => {
    for (const post of found) expect(found.filter((other) => other !== post && other.contains(post))).toEqual([]);
  });

  it('finds within any part of the page the posts the whole page has there (what a page appends is searched alone)', () => {
    expectSamePostsWithin(adapter, doc);
  });

  it("is recognised by the fixture's URL or document", () => {
    expect(adapter.matches(url) || adapter.detect?.(doc)).toBe(true);
  });
});
