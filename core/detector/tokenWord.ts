// Word tests on a token as the lexicon spells words: any case, apostrophes dropped ("Don't" is
// "dont"). Compared in place, character by character, so testing a token builds no string.
import type { TokenStream } from './tokenize';

export type TokenTest = (stream: TokenStream, t: number) => boolean;

const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;

/** A test for whether word token `t` is one of `words` (a-z). */
export function tokenIsOneOf(words: readonly string[]): TokenTest {
  // By length and first letter (a is 1), at 32 * length + letter: a token is compared with the few
  // words as long as it, or one shorter (an apostrophe), that start with its letter; most find none.
  const longest = Math.max(0, ...words.map((word) => word.length));
  const buckets: (string[] | undefined)[] = new Array<undefined>(32 * (longest + 1)).fill(undefined);
  for (const word of words) (buckets[32 * word.length + (word.charCodeAt(0) & 31)] ??= []).push(word);
  return (stream, t) => {
    const { text, starts, ends, ids } = stream;
    if (t < 0 || t >= stream.count || ids[t]! < 0) return false;
    const start = starts[t]!;
    const end = ends[t]!;
    const first = text.charCodeAt(start) | 32;
    if (first < 97 || first > 122) return false;
    const at = 32 * (end - start) + (first & 31);
    return spellsOneOf(buckets[at], text, start, end) || (end - start > 1 && spellsOneOf(buckets[at - 32], text, start, end));
  };
}

function spellsOneOf(candidates: readonly string[] | undefined, text: string, start: number, end: number): boolean {
  if (candidates === undefined) return false;
  for (let k = 0; k < candidates.length; k++) if (spellsLoosely(text, start, end, candidates[k]!)) return true;
  return false;
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
