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

  it('collects the red flags with their quotes', () => {
    expect(digest.redFlags).toEqual([
      { id: 'night-pain', quotes: ['wakes me up at night'] },
      { id: 'chest-pain', quotes: ['chest tight'] },
    ]);
  });
});

describe('remediesFor', () => {
  const kb = knowledge();
  it('takes the best distinct remedy of each top cause', () => {
    const picked = remediesFor(kb, ['treadmill', 'hills']);
    expect(picked[0]).toBe(kb.causes.treadmill.remedies[0]);
    expect(new Set(picked).size).toBe(picked.length);
  });
  it('falls back to the general remedies', () => {
    expect(remediesFor(kb, [])).toEqual(kb.generalRemedies.slice(0, 3));
  });
});
