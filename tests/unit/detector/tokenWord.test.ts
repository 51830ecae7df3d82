import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lexicons } from '../../../core/analyze';
import { tokenIsOneOf } from '../../../core/detector/tokenWord';
import { tokenize } from '../../../core/detector/tokenize';

const WORDS = ['dont', 'do', 'isnt', 'i', 'its', 'cold'];
const CHARACTERS = [...'dontDONTisIScold', "'", '’', 'ö', ' ', '.', '4'];

describe('tokenIsOneOf', () => {
  it('answers as a Set of the lower-cased token, apostrophes dropped, would', () => {
    const isWanted = tokenIsOneOf(WORDS);
    const set = new Set(WORDS);
    const lex = lexicons().all;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CHARACTERS), { maxLength: 24 }), (characters) => {
        const text = characters.join('');
        const stream = tokenize(text, lex.words, lex.ampersandId);
        for (let t = 0; t < stream.count; t++) {
          const token = text.slice(stream.starts[t]!, stream.ends[t]!);
          const expected = stream.ids[t]! >= 0 && set.has(token.toLowerCase().replace(/['’]/g, ''));
          expect(isWanted(stream, t), JSON.stringify(token)).toBe(expected);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
