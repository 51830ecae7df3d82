// Character classes for the tokenizer. ASCII goes through a table; everything
// else through a few range checks, so that any UTF-16 input (emoji, lone
// surrogates, odd punctuation) classifies in constant time.

export const SPACE = 0;
export const LOWER = 1;
export const UPPER = 2;
export const DIGIT = 3;
export const APOSTROPHE = 4;
export const SENTENCE_END = 5;
export const CLAUSE_BREAK = 6;
export const NEWLINE = 7;
export const HYPHEN = 8;
export const AMPERSAND = 9;
/** Any non-ASCII letter: part of a word, but never of a lexicon word. */
export const OTHER_LETTER = 10;
/** A combining mark: part of the word it sits on, but not of its spelling ("hurtş" is "hurts"). */
export const COMBINING_MARK = 11;
/** "/": a token of its own (see wordIndex SLASH_WORD). */
export const SLASH = 12;

/** Class of each ASCII character. */
export const ASCII_CLASSES = new Uint8Array(128);
const ASCII = ASCII_CLASSES;
for (let c = 97; c <= 122; c++) ASCII[c] = LOWER;
for (let c = 65; c <= 90; c++) ASCII[c] = UPPER;
for (let c = 48; c <= 57; c++) ASCII[c] = DIGIT;
for (const ch of "'`") ASCII[ch.charCodeAt(0)] = APOSTROPHE;
for (const ch of '.!?') ASCII[ch.charCodeAt(0)] = SENTENCE_END;
for (const ch of ',;:()[]{}') ASCII[ch.charCodeAt(0)] = CLAUSE_BREAK;
ASCII[10] = NEWLINE;
ASCII['-'.charCodeAt(0)] = HYPHEN;
for (const ch of '&+') ASCII[ch.charCodeAt(0)] = AMPERSAND;
ASCII['/'.charCodeAt(0)] = SLASH;

export function classifyWide(c: number): number {
  if (c === 0x2019 || c === 0x2018 || c === 0x02bc || c === 0x00b4 || c === 0xff07) return APOSTROPHE;
  if (c === 0x2010 || c === 0x2011 || c === 0x2212) return HYPHEN;
  if (c >= 0x2012 && c <= 0x2015) return CLAUSE_BREAK;
  if (c === 0x2026 || c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff0e) return SENTENCE_END;
  if (c === 0x2028 || c === 0x2029 || c === 0x0085) return NEWLINE;
  if (isCombiningMark(c)) return COMBINING_MARK;
  if (c < 0x00c0 || c === 0x00d7 || c === 0x00f7) return SPACE;
  if (c >= 0x2000 && c <= 0x2bff) return SPACE;
  if (c >= 0x3000 && c <= 0x303f) return SPACE;
  if (c >= 0xd800 && c <= 0xdfff) return SPACE;
  if (c >= 0xfe00 && c <= 0xfe0f) return SPACE;
  if (c === 0xfeff || c === 0xfffd) return SPACE;
  return OTHER_LETTER;
}

function isCombiningMark(c: number): boolean {
  return (
    (c >= 0x0300 && c <= 0x036f) ||
    (c >= 0x1ab0 && c <= 0x1aff) ||
    (c >= 0x1dc0 && c <= 0x1dff) ||
    (c >= 0x20d0 && c <= 0x20ff) ||
    (c >= 0xfe20 && c <= 0xfe2f)
  );
}

export function classify(c: number): number {
  return c < 128 ? ASCII[c]! : classifyWide(c);
}
