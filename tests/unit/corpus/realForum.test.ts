import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../../core/types';
import { evaluate } from '../../corpus/evaluate';
import { parseRealForum } from '../../corpus/realForum';

// Made-up records in the real-forum line format (quotes, several accepted regions, its own kinds).
const record = (fields: Record<string, unknown>): string =>
  JSON.stringify({ id: 'x1', kind: 'other-region', source: 'https://example.org/t/1', text: 'ache in my back. my back aches again', mentions: [], causes: [], redFlags: [], ...fields });

describe('parseRealForum', () => {
  it('locates each quote in order, keeps every accepted region and maps its kinds', () => {
    const [post] = parseRealForum(
      record({
        mentions: [
          { quote: 'back', status: 'active', regions: ['unspecified', 'mid'] },
          { quote: 'back', status: 'negated', regions: ['lower'] },
        ],
        causes: ['hills'],
      }),
      'f.jsonl',
    );
    expect(post).toMatchObject({ id: 'x1', kind: 'forum', causes: ['hills'], where: 'f.jsonl:1' });
    expect(post!.mentions).toEqual([
      { find: 'back', start: 11, end: 15, region: 'unspecified', alsoRegions: ['mid'], status: 'active' },
      { find: 'back', start: 20, end: 24, region: 'lower', alsoRegions: [], status: 'negated' },
    ]);
    expect(parseRealForum([record({ kind: 'negated' }), record({ id: 'x2', kind: 'trap' })].join('\n'), 'f').map((p) => p.kind)).toEqual(['negation', 'trap']);
  });

  it.each([
    ['a quote not in the text', record({ mentions: [{ quote: 'spine', status: 'active', regions: ['mid'] }] }), /f:1: mention 1: "spine" is not in the text/],
    ['no region', record({ mentions: [{ quote: 'back', status: 'active', regions: [] }] }), /regions must be a non-empty array/],
    ['an unknown cause', record({ causes: ['gravity'] }), /causes id "gravity"/],
  ])('rejects %s, naming the line', (_, line, message) => {
    expect(() => parseRealForum(line, 'f')).toThrow(message);
  });

  it('scores a region right when it is any of the accepted ones', () => {
    const posts = parseRealForum(record({ mentions: [{ quote: 'ache in my back', status: 'active', regions: ['lower', 'mid'] }] }), 'f');
    const analysis = (region: 'mid' | 'upper'): Analysis => ({ mentions: [{ start: 0, end: 15, text: 'ache in my back', region, status: 'active' }], causes: [], redFlags: [] });
    expect(evaluate(posts, () => analysis('mid')).regionAccuracy).toBe(1);
    expect(evaluate(posts, () => analysis('upper')).regionAccuracy).toBe(0);
  });
});
