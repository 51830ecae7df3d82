// Word tests on a token as the lexicon spells words: any case, apostrophes dropped ("Don't" is
// "dont"). Compared in place, character by character, so testing a token builds no string.
import type { TokenStream } from './tokenize';

export type TokenTest = (stream: TokenStream, t: number) => boolean;

const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;

/** A test for whether word token `t` is one of `words` (a-z). */
export function tokenIsOneOf(words: readonly string[]): TokenTest {
  // By length, so a token is compared with the few words as long as it, or one longer with an apostrophe.
  const byLength: string[][] = [];
  // For each token length, a bit per first letter (a is bit 1) of the words it may spell (as long,
  // or one shorter with an apostrophe): a word token starts with a letter, and most are turned away
  // by one test.
  const firstLetters: number[] = [];
  for (const word of words) {
    (byLength[word.length] ??= []).push(word);
    const bit = 1 << (word.charCodeAt(0) & 31);
    firstLetters[word.length] = (firstLetters[word.length] ?? 0) | bit;
    firstLetters[word.length + 1] = (firstLetters[word.length + 1] ?? 0) | bit;
  }
  return (stream, t) => {
    const { text, starts, ends, ids } = stream;
    if (t < 0 || t >= stream.count || ids[t]! < 0) return false;
    const start = starts[t]!;
    const end = ends[t]!;
    const first = text.charCodeAt(start) | 32;
    // `| 0`: no bits for a length no word may have.
    if (first < 97 || first > 122 || ((firstLetters[end - start]! | 0) & (1 << (first & 31))) === 0) return false;
    for (let length = end - start; length >= end - start - 1 && length > 0; length--) {
      const candidates = byLength[length];
      if (candidates) for (const word of candidates) if (spellsLoosely(text, start, end, word)) return true;
    }
    return false;
  };
}

function spellsLoosely(text: string, start: number, end: number, word: string): boolean {
  let i = 0;
  for (let at = start; at < end; at++) {
    const c = text.charCodeAt(at);
    if (c === APOSTROPHE || c === RIGHT_QUOTE) continue;
    // `| 32` lower-cases A-Z and leaves nothing else in a-z.
    if (i >= word.length || (c | 32) !== word.charCodeAt(i)) return false;
    i++;
  }
  return i === word.length;
}
