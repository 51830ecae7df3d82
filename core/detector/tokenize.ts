// Linear tokenizer: one pass over the UTF-16 text, emitting words (identified
// through the WordIndex hash table as they are read, case-folded, apostrophes
// dropped, letters and digits split: "800m" → "800" "m") and the punctuation
// that matters for scope: sentence ends, paragraph breaks, clause breaks. A
// slash is a word of its own ("2/10", "back/neck").
import * as chars from './charClass';
import * as wordIndex from './wordIndex';
import type { WordIndex, WordTable } from './wordIndex';

// Local copies: when transpiled to CommonJS (tsx, Vitest) every use of an
// imported binding is a getter call, which costs a third of the scan time here.
// Each is read as `module.NAME`, not destructured: then the bundler inlines the
// value, where a destructuring makes it ship the module's whole namespace object
// in the content script.
const AMPERSAND = chars.AMPERSAND;
const APOSTROPHE = chars.APOSTROPHE;
const CLAUSE_BREAK = chars.CLAUSE_BREAK;
const COMBINING_MARK = chars.COMBINING_MARK;
const DIGIT = chars.DIGIT;
const HYPHEN = chars.HYPHEN;
const LOWER = chars.LOWER;
const NEWLINE = chars.NEWLINE;
const OTHER_LETTER = chars.OTHER_LETTER;
const SENTENCE_END = chars.SENTENCE_END;
const SLASH = chars.SLASH;
const SPACE = chars.SPACE;
const UPPER = chars.UPPER;
const ASCII = chars.ASCII_CLASSES;
const classifyWide = chars.classifyWide;
const EXACT_KEY_LETTERS = wordIndex.EXACT_KEY_LETTERS;
const NUMBER_WORD = wordIndex.NUMBER_WORD;
const SLASH_WORD = wordIndex.SLASH_WORD;
const UNKNOWN_WORD = wordIndex.UNKNOWN_WORD;
const slotOf = wordIndex.slotOf;

function classify(c: number): number {
  return c < 128 ? ASCII[c]! : classifyWide(c);
}

export const SENTENCE_TOKEN = -1;
export const PARAGRAPH_TOKEN = -2;
export const CLAUSE_TOKEN = -3;

export interface TokenStream {
  readonly text: string;
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  /** Word id (>= 0) or one of the negative punctuation tokens. */
  ids: Int32Array;
  sentences: Int32Array;
  paragraphs: Int32Array;
}

// Token buffers are reused from call to call (analysis is synchronous and
// copies what it keeps), which spares the garbage collector on many small
// posts. The scan state lives on one object, not in closures or module-level
// `let`s, whose accesses cost more in the per-token path.
class TokenWriter {
  starts = new Int32Array(1024);
  ends = new Int32Array(1024);
  ids = new Int32Array(1024);
  sentences = new Int32Array(1024);
  paragraphs = new Int32Array(1024);
  count = 0;
  sentence = 0;
  paragraph = 0;
  lastId = SENTENCE_TOKEN;

  reset(): void {
    this.count = 0;
    this.sentence = 0;
    this.paragraph = 0;
    this.lastId = SENTENCE_TOKEN;
  }

  push(start: number, end: number, id: number): void {
    const k = this.count;
    if (k === this.starts.length) this.grow();
    this.starts[k] = start;
    this.ends[k] = end;
    this.ids[k] = id;
    this.sentences[k] = this.sentence;
    this.paragraphs[k] = this.paragraph;
    this.count = k + 1;
    this.lastId = id;
  }

  pushBreak(start: number, end: number, id: number): void {
    const lastId = this.lastId;
    if (lastId < 0) {
      // Collapse runs of punctuation; a paragraph break outranks the others.
      if (id === PARAGRAPH_TOKEN && lastId !== PARAGRAPH_TOKEN) {
        if (lastId === CLAUSE_TOKEN) this.sentence++;
        this.paragraph++;
        this.ids[this.count - 1] = PARAGRAPH_TOKEN;
        this.lastId = PARAGRAPH_TOKEN;
      } else if (id === SENTENCE_TOKEN && lastId === CLAUSE_TOKEN) {
        this.sentence++;
        this.ids[this.count - 1] = SENTENCE_TOKEN;
        this.lastId = SENTENCE_TOKEN;
      }
      return;
    }
    this.push(start, end, id);
    if (id !== CLAUSE_TOKEN) this.sentence++;
    if (id === PARAGRAPH_TOKEN) this.paragraph++;
  }

  private grow(): void {
    this.starts = doubled(this.starts);
    this.ends = doubled(this.ends);
    this.ids = doubled(this.ids);
    this.sentences = doubled(this.sentences);
    this.paragraphs = doubled(this.paragraphs);
  }
}

function doubled(a: Int32Array): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

const writer = new TokenWriter();

/** Do the letters of text[start, end) (apostrophes skipped) spell `letters` from `from` on? */
function sameLetters(text: string, start: number, end: number, letters: Uint8Array, from: number): boolean {
  for (let i = start, k = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) {
      if ((c | 32) !== letters[k++]) return false;
    }
  }
  return true;
}

/** Id of the all-letter word text[start, end) with `length` letters and key `key` (see wordKey). */
function lookUp(text: string, start: number, end: number, key: number, length: number, table: WordTable): number {
  const { entries, mask, letters, offsets } = table;
  for (let slot = slotOf(key, mask); ; slot = (slot + 1) & mask) {
    const entry = entries[2 * slot + 1]!;
    if (entry === UNKNOWN_WORD) return UNKNOWN_WORD;
    if (entries[2 * slot] === key && (entry & 255) === length) {
      const id = entry >>> 8;
      if (length <= EXACT_KEY_LETTERS || sameLetters(text, start, end, letters, offsets[id]!)) return id;
    }
  }
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 0xa0;
}

export function tokenize(text: string, words: WordIndex, ampersandId: number): TokenStream {
  const table = words.table;
  const out = writer;
  out.reset();
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = c < 128 ? ASCII[c]! : classifyWide(c);
    if (cls === SPACE) {
      i++;
      continue;
    }
    if (cls === LOWER || cls === UPPER || cls === OTHER_LETTER || cls === COMBINING_MARK) {
      const start = i;
      // wordKey, folded in as the letters are read.
      let key = 0;
      // Characters of the word that are not letters of its spelling (apostrophes, combining marks).
      let unspelled = 0;
      let known = true;
      while (i < n) {
        const ch = text.charCodeAt(i);
        if (ch >= 97 && ch <= 122) {
          key = (key << 5) | (ch & 31);
          i++;
          continue;
        }
        if (ch === 32) break;
        const k = ch < 128 ? ASCII[ch]! : classifyWide(ch);
        if (k === UPPER) {
          key = (key << 5) | (ch & 31);
        } else if (k === OTHER_LETTER) {
          known = false;
        } else if (k === COMBINING_MARK) {
          // Sits on the letter before it: the word is spelled the same (sameLetters skips it too).
          unspelled++;
        } else if (k === APOSTROPHE && i + 1 < n) {
          const after = classify(text.charCodeAt(i + 1));
          if (after !== LOWER && after !== UPPER && after !== OTHER_LETTER) break;
          unspelled++;
        } else {
          break;
        }
        i++;
      }
      out.push(start, i, known ? lookUp(text, start, i, key, i - start - unspelled, table) : UNKNOWN_WORD);
      // Most words end at a space: step over it here rather than classify it again.
      if (i < n && text.charCodeAt(i) === 32) i++;
      continue;
    }
    switch (cls) {
      case DIGIT: {
        const start = i;
        while (i < n && classify(text.charCodeAt(i)) === DIGIT) i++;
        out.push(start, i, NUMBER_WORD);
        continue;
      }
      case SENTENCE_END:
        // A decimal point ("3.5 miles") is not a sentence end.
        if (!(c === 46 && i > 0 && i + 1 < n && classify(text.charCodeAt(i - 1)) === DIGIT && classify(text.charCodeAt(i + 1)) === DIGIT)) {
          out.pushBreak(i, i + 1, SENTENCE_TOKEN);
        }
        break;
      case NEWLINE: {
        let j = i + 1;
        while (j < n && isBlank(text.charCodeAt(j))) j++;
        out.pushBreak(i, i + 1, j < n && classify(text.charCodeAt(j)) === NEWLINE ? PARAGRAPH_TOKEN : SENTENCE_TOKEN);
        break;
      }
      case CLAUSE_BREAK:
        out.pushBreak(i, i + 1, CLAUSE_TOKEN);
        break;
      case HYPHEN:
        // A spaced hyphen is a dash; a hyphen inside a word just separates it.
        if (i > 0 && i + 1 < n && isBlank(text.charCodeAt(i - 1)) && isBlank(text.charCodeAt(i + 1))) {
          out.pushBreak(i, i + 1, CLAUSE_TOKEN);
        }
        break;
      case AMPERSAND:
        out.push(i, i + 1, ampersandId);
        break;
      case SLASH:
        out.push(i, i + 1, SLASH_WORD);
        break;
      default:
        break;
    }
    i++;
  }
  const { count, starts, ends, ids, sentences, paragraphs } = out;
  return { text, count, starts, ends, ids, sentences, paragraphs };
}
