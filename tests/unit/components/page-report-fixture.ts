import type { PageReport, PostReport } from '../../../page/report';

const post = (key: number, text: string, extra: Partial<PostReport>): PostReport => ({
  key,
  mentions: [{ start: 0, end: text.length, text, region: 'mid', status: 'active' }],
  causes: [],
  redFlags: [],
  ...extra,
});

/** A thread with three posts: hills twice, a treadmill once, and one same-day and one emergency sign. */
export const THREAD: PageReport = {
  url: 'https://www.reddit.com/r/running/comments/1/x/',
  adapter: { id: 'reddit', name: 'Reddit' },
  activeCount: 3,
  posts: [
    post(1, 'mid back burning', {
      label: 'u/hillbilly',
      causes: [{ id: 'hills', score: 0.6, evidence: [{ start: 20, end: 32, text: 'hill repeats' }] }],
      redFlags: [{ id: 'night-pain', tier: 'same-day', start: 40, end: 60, text: 'wakes me up at night' }],
    }),
    post(2, 'between my shoulder blades aches', {
      label: 'u/treadie',
      causes: [
        { id: 'treadmill', score: 0.9, evidence: [{ start: 0, end: 9, text: 'treadmill' }] },
        { id: 'hills', score: 0.5, evidence: [{ start: 10, end: 17, text: 'incline' }] },
      ],
      redFlags: [{ id: 'chest-pain', tier: 'emergency', start: 50, end: 62, text: 'chest tight' }],
    }),
    {
      key: 3,
      mentions: [
        { start: 0, end: 12, text: 'no back pain', region: 'unspecified', status: 'negated' },
        { start: 20, end: 35, text: 'lower back sore', region: 'lower', status: 'active' },
      ],
      causes: [],
      redFlags: [],
    },
  ],
};

export const QUIET_PAGE: PageReport = {
  url: 'https://www.letsrun.com/forum/1',
  adapter: { id: 'generic', name: 'Any page' },
  activeCount: 0,
  posts: [],
};

/** The thread without its warning signs. */
export const CALM_THREAD: PageReport = { ...THREAD, posts: THREAD.posts.map((p) => ({ ...p, redFlags: [] })) };

/** One post hinting at four causes, no warning sign. */
export const MANY_CAUSES: PageReport = {
  ...THREAD,
  activeCount: 1,
  posts: [
    post(1, 'lower back aches', {
      label: 'u/four_reasons',
      causes: [
        { id: 'footwear', score: 0.9, evidence: [{ start: 0, end: 9, text: 'new shoes' }] },
        { id: 'hills', score: 0.7, evidence: [{ start: 10, end: 22, text: 'hill repeats' }] },
        { id: 'treadmill', score: 0.5, evidence: [{ start: 23, end: 32, text: 'treadmill' }] },
        { id: 'prolonged-sitting', score: 0.3, evidence: [{ start: 33, end: 37, text: 'desk' }] },
      ],
    }),
  ],
};
