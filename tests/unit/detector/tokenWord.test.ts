import { describe, expect, it } from 'vitest';
import { tokenIsOneOf } from '../../../core/detector/tokenWord';
import { forEveryToken } from './every-token';

const WORDS = ['dont', 'do', 'isnt', 'i', 'its', 'cold'];
const CHARACTERS = [...'dontDONTisIScold', "'", '’', 'ö', ' ', '.', '4'];

describe('tokenIsOneOf', () => {
  it('answers as a Set of the lower-cased token, apostrophes dropped, would', () => {
    const isWanted = tokenIsOneOf(WORDS);
    const set = new Set(WORDS);
    forEveryToken(CHARACTERS, (text, stream, t) => {
      const token = text.slice(stream.starts[t]!, stream.ends[t]!);
      const expected = stream.ids[t]! >= 0 && set.has(token.toLowerCase().replace(/['’]/g, ''));
      expect(isWanted(stream, t), JSON.stringify(token)).toBe(expected);
    });
  });
});
