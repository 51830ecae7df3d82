import { describe, expect, it } from 'vitest';
import { knowledge } from '../../../core/knowledge';
import { digestReport } from '../../../components/page/digest';
import { remediesFor } from '../../../components/page/remedies-for';
import { THREAD } from './page-report-fixture';

describe('digestReport', () => {
  const digest = digestReport(THREAD);

  it('counts active mentions only, grouped by post, keeping each mention’s index', () => {
    expect(digest.activeCount).toBe(3);
    expect(digest.posts.map((p) => p.mentions.map((m) => [m.index, m.text]))).toEqual([
      [[0, 'mid back burning']],
      [[0, 'between my shoulder blades aches']],
      [[1, 'lower back sore']],
    ]);
  });

  it('counts the posts that name a warning sign', () => {
    expect(digest.redFlagPosts).toBe(2);
    expect(digestReport({ ...THREAD, posts: THREAD.posts.slice(2) }).redFlagPosts).toBe(0);
  });

  it('names the region most mentions share', () => {
    expect(digest.mainRegion).toBe('mid');
    expect(digestReport({ ...THREAD, posts: THREAD.posts.slice(2) }).mainRegion).toBe('lower');
  });

  it('ranks causes by their total over the page and keeps every quote', () => {
    expect(digest.causes.map((c) => [c.id, c.evidence])).toEqual([
      ['hills', ['hill repeats', 'incline']],
      ['treadmill', ['treadmill']],
    ]);
    expect(digest.causes[0]?.best).toBe(0.6);
  });

  it('ranks the poster’s own causes first, however many replies name another', () => {
    const [poster, reply] = THREAD.posts;
    const desk = { id: 'prolonged-sitting' as const, score: 0.9, evidence: [{ start: 0, end: 4, text: 'desk' }] };
    const thread = {
      ...THREAD,
      posts: [
        { ...poster!, causes: [{ id: 'footwear' as const, score: 0.4, evidence: [{ start: 0, end: 9, text: 'new shoes' }] }] },
        { ...reply!, key: 2, causes: [desk] },
        { ...reply!, key: 3, causes: [desk] },
      ],
    };
    expect(digestReport(thread).causes.map((c) => c.id)).toEqual(['footwear', 'prolonged-sitting']);
  });

  it('lists the posts with warning signs, most urgent first, each with its author, its signs and a mark to reveal it by', () => {
    expect(digest.redFlags).toEqual([
      {
        key: 2,
        label: 'u/treadie',
        position: 1,
        tier: 'emergency',
        flags: [{ id: 'chest-pain', tier: 'emergency', quotes: ['chest tight'] }],
        mentionIndex: 0,
      },
      {
        key: 1,
        label: 'u/hillbilly',
        position: 0,
        tier: 'same-day',
        flags: [{ id: 'night-pain', tier: 'same-day', quotes: ['wakes me up at night'] }],
        mentionIndex: 0,
      },
    ]);
  });

  it('keeps each post’s signs apart, in page order within a tier, a sign at the most urgent tier its post gave it with all its words', () => {
    const sign = (tier: 'soon' | 'emergency', text: string) => ({ id: 'numbness-weakness' as const, tier, start: 10, end: 18, text });
    const post = (key: number, ...redFlags: ReturnType<typeof sign>[]) => ({
      key,
      mentions: [{ start: 0, end: 9, text: 'back pain', region: 'lower' as const, status: 'active' as const }],
      causes: [],
      redFlags,
    });
    const posts = [post(1, sign('soon', 'numb toes')), post(2, sign('soon', 'numbness'), sign('emergency', 'both legs numb')), post(3, sign('soon', 'tingling'))];
    const flags = digestReport({ ...THREAD, posts }).redFlags;
    expect(flags.map((p) => [p.key, p.tier, p.flags])).toEqual([
      [2, 'emergency', [{ id: 'numbness-weakness', tier: 'emergency', quotes: ['numbness', 'both legs numb'] }]],
      [1, 'soon', [{ id: 'numbness-weakness', tier: 'soon', quotes: ['numb toes'] }]],
      [3, 'soon', [{ id: 'numbness-weakness', tier: 'soon', quotes: ['tingling'] }]],
    ]);
  });

  it('reveals a post with warning signs by its first marked mention, and not at all once it has none', () => {
    const [first] = THREAD.posts;
    const hidden = digestReport({ ...THREAD, posts: [{ ...first!, hidden: [0] }] });
    expect(hidden.redFlags.map((p) => p.mentionIndex)).toEqual([undefined]);
    expect(hidden.redFlagPosts).toBe(1);
  });
});

describe('remediesFor', () => {
  const kb = knowledge();
  it('takes each cause’s best remedy before any second best, then the general ones, each once', () => {
    const { treadmill, hills } = kb.causes;
    expect(treadmill.remedies).toEqual(['treadmill-setup', 'form-cues', 'load-management']);
    expect(hills.remedies).toEqual(['terrain-progression', 'form-cues', 'load-management']);
    expect(remediesFor(kb, ['treadmill', 'hills'])).toEqual([
      'treadmill-setup',
      'terrain-progression',
      'form-cues',
      'load-management',
      ...kb.generalRemedies.filter((id) => id !== 'load-management'),
    ]);
  });
  it('is the general remedies when no cause is hinted at', () => {
    expect(remediesFor(kb, [])).toEqual([...kb.generalRemedies]);
  });
});
