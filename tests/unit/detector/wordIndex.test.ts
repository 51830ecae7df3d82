import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../core/detector/tokenize';
import { UNKNOWN_WORD, WordIndex, wordKey } from '../../../core/detector/wordIndex';

function idsOf(text: string, words: WordIndex): number[] {
  const stream = tokenize(text, words, UNKNOWN_WORD);
  return Array.from(stream.ids.subarray(0, stream.count));
}

describe('word keys', () => {
  it('spell out words of up to six letters, in either case', () => {
    expect(wordKey('back')).toBe(wordKey('BacK'));
    expect(wordKey('back')).not.toBe(wordKey('bakc'));
  });

  it('agree for some longer words, which the tokenizer then tells apart by length and letters', () => {
    // Five bits a letter: the "d" (4) is shifted out past the 32nd bit.
    expect(wordKey('daching')).toBe(wordKey('aching'));
    expect(wordKey('scretching')).toBe(wordKey('stretching'));
    const words = new WordIndex();
    const aching = words.idOf('aching');
    const stretching = words.idOf('stretching');
    expect(idsOf('aching daching stretching scretching STRETCHING', words)).toEqual([aching, UNKNOWN_WORD, stretching, UNKNOWN_WORD, stretching]);
  });
});
