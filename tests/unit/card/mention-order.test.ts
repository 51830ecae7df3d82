import { describe, expect, it } from 'vitest';
import { stepFrom } from '../../../page/cards/mention-order';
import { occurrences } from '../../../page/cards/occurrences';

const items = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];

describe('stepFrom', () => {
  it('steps forward and back, wrapping round', () => {
    expect(stepFrom(items, 'a', 'next')?.id).toBe('b');
    expect(stepFrom(items, 'c', 'next')?.id).toBe('a');
    expect(stepFrom(items, 'a', 'previous')?.id).toBe('c');
  });

  it('starts at the first or the last when nothing is current', () => {
    expect(stepFrom(items, null, 'next')?.id).toBe('a');
    expect(stepFrom(items, 'gone', 'previous')?.id).toBe('c');
    expect(stepFrom([], null, 'next')).toBeNull();
  });
});

describe('occurrences', () => {
  it('counts each text separately, in order', () => {
    const refs = [
      { id: '1:0', mention: { text: 'back pain' } },
      { id: '2:0', mention: { text: 'mid back' } },
      { id: '3:1', mention: { text: 'back pain' } },
    ];
    expect([...occurrences(refs)]).toEqual([
      ['1:0', 0],
      ['2:0', 0],
      ['3:1', 1],
    ]);
  });
});
