import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordSet } from '../../../core/analysis/wordSet';
import { lexicons } from '../../../core/analyze';
import { tokenize } from '../../../core/detector/tokenize';

const WORDS = ['cold', 'icy', 'kg', 'lbs', 'most'];
const CHARACTERS = [...'coldCOLDiIcyYkKgslbmst', 'İ', 'ı', '\u212a', 'ö', "'", '’', '\u0301', ' ', '-', '.', '4'];

describe('wordSet', () => {
  it('answers as a Set of the lower-cased token would', () => {
    const isWanted = wordSet(WORDS);
    const set = new Set(WORDS);
    const lex = lexicons().all;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CHARACTERS), { maxLength: 24 }), (characters) => {
        const text = characters.join('');
        const stream = tokenize(text, lex.words, lex.ampersandId);
        for (let t = 0; t < stream.count; t++) {
          const [start, end] = [stream.starts[t]!, stream.ends[t]!];
          expect(isWanted(text, start, end), JSON.stringify(text.slice(start, end))).toBe(set.has(text.slice(start, end).toLowerCase()));
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('takes lower-case a-z words only', () => {
    expect(() => wordSet(['Cold'])).toThrow();
  });
});
