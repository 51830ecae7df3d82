import { describe, expect, it } from 'vitest';
import { wordSet } from '../../../core/analysis/wordSet';
import { forEveryToken } from './every-token';

const WORDS = ['cold', 'icy', 'kg', 'lbs', 'most'];
const CHARACTERS = [...'coldCOLDiIcyYkKgslbmst', 'İ', 'ı', '\u212a', 'ö', "'", '’', '\u0301', ' ', '-', '.', '4'];

describe('wordSet', () => {
  it('answers as a Set of the lower-cased token would', () => {
    const isWanted = wordSet(WORDS);
    const set = new Set(WORDS);
    forEveryToken(CHARACTERS, (text, stream, t) => {
      const [start, end] = [stream.starts[t]!, stream.ends[t]!];
      expect(isWanted(text, start, end), JSON.stringify(text.slice(start, end))).toBe(set.has(text.slice(start, end).toLowerCase()));
    });
  });

  it('takes lower-case a-z words only', () => {
    expect(() => wordSet(['Cold'])).toThrow();
  });
});
