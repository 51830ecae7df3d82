// Cuts a long text into pieces whose mentions are exactly the whole text's, so a huge post can
// be read a piece at a time. No mention, negation or hypothetical scope crosses a sentence end,
// but for a question ("Back pain? Never had it.") and a sentence that opens with "it" ("…my upper
// back. It's killing me."): no cut falls there.
import { AMPERSAND, classify, COMBINING_MARK, DIGIT, LOWER, OTHER_LETTER, UPPER } from './detector/charClass';

const TRANSPARENT = 0;
const WORD = 1;
const QUESTION = 2;
const SENTENCE_END = 3;

/** What each ASCII character is to a cut. */
const KIND = new Uint8Array(128);
for (let c = 0; c < 128; c++) KIND[c] = isWordChar(c) ? WORD : TRANSPARENT;
KIND[63] = QUESTION;
for (const ch of '.!\n') KIND[ch.charCodeAt(0)] = SENTENCE_END;

function isWordChar(c: number): boolean {
  const cls = classify(c);
  return cls === LOWER || cls === UPPER || cls === DIGIT || cls === AMPERSAND || cls === OTHER_LETTER || cls === COMBINING_MARK;
}

function kindOf(c: number): number {
  if (c < 128) return KIND[c]!;
  if (c === 0xff1f) return QUESTION;
  return isWordChar(c) ? WORD : TRANSPARENT;
}

const isBlank = (c: number) => c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0;

/** Does the text from `at`, past blanks, open with the word "it", "its" or "it's"? */
function opensWithIt(text: string, at: number): boolean {
  while (at < text.length && isBlank(text.charCodeAt(at))) at++;
  if ((text.charCodeAt(at) | 32) !== 105 || (text.charCodeAt(at + 1) | 32) !== 116) return false;
  const next = text.charCodeAt(at + 2);
  if ((next | 32) === 115) return at + 3 >= text.length || kindOf(text.charCodeAt(at + 3)) !== WORD;
  return at + 2 >= text.length || kindOf(next) !== WORD;
}

/**
 * `[start, end)` pieces covering `text`, each at most `maxLength` long where a safe cut allows;
 * a text without one (a single endless sentence) stays one piece. A safe cut is just past a
 * sentence end, before a blank, and outside a question: the tokenizer folds a run of punctuation
 * into one break, so a "?" anywhere since the last word counts. Lazy, and linear in the text.
 */
export function* textPieces(text: string, maxLength: number): Generator<[number, number]> {
  let start = 0;
  while (text.length - start > maxLength) {
    // The previous cut was safe, so no question is open at `start`.
    let question = false;
    let cut = -1;
    for (let at = start + 1; at < text.length; at++) {
      if (at > start + maxLength && cut > 0) break;
      const kind = kindOf(text.charCodeAt(at - 1));
      if (kind === QUESTION) question = true;
      else if (kind === WORD) question = false;
      else if (kind === SENTENCE_END && !question && isBlank(text.charCodeAt(at)) && !opensWithIt(text, at)) cut = at;
    }
    if (cut < 0) break;
    yield [start, cut];
    start = cut;
  }
  yield [start, text.length];
}
