import { describe, expect, it } from 'vitest';
import { expandPattern } from '../../../core/detector/pattern';
import { mayMentionBack } from '../../../core/detector/mayMentionBack';
import { AMBIGUOUS_BACK, BACK_TO_PAIN, LOCATIONS, WHOLE_MENTIONS } from '../../../core/detector/lexicon/locations';
import { REGIONS } from '../../../core/vocabulary';

describe('mayMentionBack', () => {
  it('accepts every body-location phrase of the lexicon', () => {
    const patterns = [...AMBIGUOUS_BACK, ...BACK_TO_PAIN, ...REGIONS.flatMap((r) => [...LOCATIONS[r], ...WHOLE_MENTIONS[r]])];
    for (const pattern of patterns) {
      for (const words of expandPattern(pattern)) expect(mayMentionBack(words.join(' ').replace(/#/g, '5')), words.join(' ')).toBe(true);
    }
  });

  it('rejects text without any location stem', () => {
    expect(mayMentionBack('Easy 10k, legs felt great, 12C and sunny.')).toBe(false);
  });
});
