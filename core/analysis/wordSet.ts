// Lower-case words looked up at a token in place: the same answer as
// `words.has(text.slice(start, end).toLowerCase())`, without making two strings
// per token. Only ASCII capitals lower-case to a lone ASCII letter: "İ" becomes
// two characters, and the Kelvin sign, which becomes "k", never sits in a token.
export type WordTest = (text: string, start: number, end: number) => boolean;

export function wordSet(words: readonly string[]): WordTest {
  // For each length, a bit per first letter (a is bit 1): most tokens are turned away by one test.
  const firstLetters: number[] = [];
  // The words by length and first letter, at 32 * length + letter: a token that passes is compared
  // only with the words that share both.
  const buckets: string[][] = [];
  for (const word of words) {
    if (!/^[a-z]+$/.test(word)) throw new Error(`word must be a-z: "${word}"`);
    const letter = word.charCodeAt(0) & 31;
    firstLetters[word.length] = (firstLetters[word.length] ?? 0) | (1 << letter);
    (buckets[32 * word.length + letter] ??= []).push(word);
  }
  return (text, start, end) => {
    const first = text.charCodeAt(start) | 32;
    // `| 0`: no bits for a length no word has.
    if (first < 97 || first > 122 || ((firstLetters[end - start]! | 0) & (1 << (first & 31))) === 0) return false;
    // The bit is set: some word has this length and first letter.
    const bucket = buckets[32 * (end - start) + (first & 31)]!;
    for (let k = 0; k < bucket.length; k++) if (spells(text, start, bucket[k]!)) return true;
    return false;
  };
}

/** Do the characters after `start` spell the rest of `word` (a-z), in either case? Its first letter is already known. */
function spells(text: string, start: number, word: string): boolean {
  // `| 32` lower-cases A-Z and leaves nothing else in a-z.
  for (let i = 1; i < word.length; i++) if ((text.charCodeAt(start + i) | 32) !== word.charCodeAt(i)) return false;
  return true;
}

const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;

/** Like `wordSet`, for tokens that may hold apostrophes, which the tokenizer drops: "he's" is "hes". */
export function wordSetSkippingApostrophes(words: readonly string[]): WordTest {
  const isWord = wordSet(words);
  let firstLetters = 0;
  for (const word of words) firstLetters |= 1 << (word.charCodeAt(0) & 31);
  return (text, start, end) => {
    const first = text.charCodeAt(start);
    // Unless it is an apostrophe, the first character is the first letter: most tokens are turned away here.
    if (first !== APOSTROPHE && first !== RIGHT_QUOTE) {
      const letter = first | 32;
      if (letter < 97 || letter > 122 || (firstLetters & (1 << (letter & 31))) === 0) return false;
    }
    let apostrophe = -1;
    for (let i = start; i < end && apostrophe < 0; i++) {
      const c = text.charCodeAt(i);
      if (c === APOSTROPHE || c === RIGHT_QUOTE) apostrophe = i;
    }
    if (apostrophe < 0) return isWord(text, start, end);
    let letters = '';
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c !== APOSTROPHE && c !== RIGHT_QUOTE) letters += text[i];
    }
    return isWord(letters, 0, letters.length);
  };
}
