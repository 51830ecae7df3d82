import { describe, expect, it } from 'vitest';
import { DEFAULT_TIERS } from '../../../core/redFlagTiers';
import type { Analysis, Mention } from '../../../core/types';
import { nthIndexOf, parseCorpus } from '../../corpus/corpus';
import { evaluate, matchSpans } from '../../corpus/evaluate';

const posts = parseCorpus([
  {
    name: 'fixture.jsonl',
    content: [
      { id: 'f1', kind: 'forum', text: 'my mid back hurts and my lower back aches on hills', mentions: [{ find: 'mid back hurts', region: 'mid', status: 'active' }, { find: 'lower back aches', region: 'lower', status: 'active' }], causes: ['hills'], redFlags: [] },
      { id: 't1', kind: 'trap', text: 'back to running on the treadmill', mentions: [], causes: [], redFlags: [] },
      { id: 'n1', kind: 'negation', text: 'back pain? no back pain now', mentions: [{ find: 'back pain', nth: 2, region: 'unspecified', status: 'negated' }], causes: [], redFlags: [] },
      { id: 'r1', kind: 'red-flag', text: 'back pain that wakes me at night, no numbness', mentions: [{ find: 'back pain', region: 'unspecified', status: 'active' }], causes: [], redFlags: ['night-pain'] },
    ]
      .map((post) => JSON.stringify(post))
      .join('\n'),
  },
]);

function mention(text: string, find: string, region: Mention['region'], status: Mention['status'], nth = 1): Mention {
  const start = nthIndexOf(text, find, nth);
  return { start, end: start + find.length, text: find, region, status };
}

const fake: Record<string, (text: string) => Analysis> = {
  // two overlapping matches, one with the wrong region and status; one extra cause
  f1: (text) => ({
    mentions: [mention(text, 'back hurts', 'mid', 'active'), mention(text, 'lower back', 'unspecified', 'negated')],
    causes: [{ id: 'hills', score: 0.9, evidence: [] }, { id: 'stress', score: 0.2, evidence: [] }],
    redFlags: [],
  }),
  // a trap hit, with a cause that now counts because the mention is active
  t1: (text) => ({ mentions: [mention(text, 'back', 'unspecified', 'active')], causes: [{ id: 'treadmill', score: 0.5, evidence: [] }], redFlags: [] }),
  // the first occurrence, not the labelled second one: one false positive, one false negative;
  // its red flag does not count because there is no active mention
  n1: (text) => ({ mentions: [mention(text, 'back pain', 'unspecified', 'negated')], causes: [], redFlags: [{ id: 'trauma', tier: 'emergency', start: 0, end: 4, text: 'back' }] }),
  // right mention, red flag missed, a wrong red flag reported
  r1: (text) => ({ mentions: [mention(text, 'back pain', 'unspecified', 'active')], causes: [], redFlags: [{ id: 'numbness-weakness', tier: 'same-day', start: 35, end: 44, text: 'numbness' }] }),
};

const analyze = (text: string): Analysis => fake[posts.find((post) => post.text === text)!.id]!(text);

describe('evaluate', () => {
  const report = evaluate(posts, analyze);

  it('scores mentions by one-to-one overlap', () => {
    expect(report.mentions).toMatchObject({ tp: 3, fp: 2, fn: 1, precision: 3 / 5, recall: 3 / 4 });
    expect(report.mentions.f1).toBeCloseTo((2 * 0.6 * 0.75) / 1.35);
    expect(report.regionAccuracy).toBeCloseTo(2 / 3);
    expect(report.statusAccuracy).toBeCloseTo(2 / 3);
    expect(report.trapFalsePositiveRate).toBe(1);
  });

  it('scores causes and red flags as sets, only for posts with an active predicted mention', () => {
    expect(report.causes).toMatchObject({ tp: 1, fp: 2, fn: 0, precision: 1 / 3, recall: 1 });
    expect(report.redFlags).toMatchObject({ tp: 0, fp: 1, fn: 1, precision: 0, recall: 0, f1: 0 });
  });

  it('breaks the figures down by kind', () => {
    expect(report.byKind.map((f) => [f.kind, f.posts])).toEqual([['forum', 1], ['trap', 1], ['negation', 1], ['red-flag', 1]]);
    const trap = report.byKind.find((f) => f.kind === 'trap')!;
    expect(trap.mentions).toMatchObject({ tp: 0, fp: 1, fn: 0, precision: 0, recall: 1 });
  });

  it('lists every miss with the post id and an excerpt', () => {
    expect(report.misses.map((miss) => [miss.id, miss.type])).toEqual([
      ['f1', 'wrong-region'],
      ['f1', 'wrong-status'],
      ['f1', 'cause-false-positive'],
      ['t1', 'false-positive'],
      ['t1', 'cause-false-positive'],
      ['n1', 'false-positive'],
      ['n1', 'false-negative'],
      ['r1', 'red-flag-false-positive'],
      ['r1', 'red-flag-false-negative'],
    ]);
    expect(report.misses.find((miss) => miss.type === 'false-negative')!.excerpt).toBe('back pain? no [back pain] now');
  });

  it('scores a perfect analyzer at 1 and names the post when analyze throws', () => {
    const perfect = (text: string): Analysis => {
      const post = posts.find((p) => p.text === text)!;
      return {
        mentions: post.mentions.map(({ start, end, region, status }) => ({ start, end, text: text.slice(start, end), region, status })),
        causes: post.causes.map((id) => ({ id, score: 1, evidence: [] })),
        redFlags: post.redFlags.map((id) => ({ id, tier: DEFAULT_TIERS[id], start: 0, end: 1, text: text[0]! })),
      };
    };
    const best = evaluate(posts, perfect);
    expect([best.mentions.f1, best.regionAccuracy, best.statusAccuracy, best.causes.f1, best.redFlags.f1, best.trapFalsePositiveRate]).toEqual([1, 1, 1, 1, 1, 0]);
    expect(best.misses).toEqual([]);
    expect(() => evaluate(posts, () => { throw new Error('boom'); })).toThrow(/analyze failed on f1 \(fixture\.jsonl:1\)/);
  });
});

describe('matchSpans', () => {
  it('pairs the largest overlaps first, one to one', () => {
    const expected = [{ start: 0, end: 10 }, { start: 10, end: 20 }];
    expect(matchSpans(expected, [{ start: 8, end: 30 }, { start: 0, end: 9 }])).toEqual([[0, 1], [1, 0]]);
    expect(matchSpans(expected, [{ start: 5, end: 15 }])).toEqual([[0, 0]]);
    expect(matchSpans(expected, [{ start: 20, end: 25 }])).toEqual([]);
  });
});
