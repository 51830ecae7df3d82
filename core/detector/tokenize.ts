// Linear tokenizer: one pass over the UTF-16 text, emitting words (identified
// through the WordIndex trie as they are read, case-folded, apostrophes dropped,
// letters and digits split: "800m" → "800" "m") and the punctuation that
// matters for scope: sentence ends, paragraph breaks, clause breaks.
import * as chars from './charClass';
import * as wordIndex from './wordIndex';
import type { WordIndex } from './wordIndex';

// Local copies: when transpiled to CommonJS (tsx, Vitest) every use of an
// imported binding is a getter call, which costs a third of the scan time here.
const { AMPERSAND, APOSTROPHE, CLAUSE_BREAK, DIGIT, HYPHEN, LOWER, NEWLINE, OTHER_LETTER, SENTENCE_END, SPACE, UPPER } = chars;
const ASCII = chars.ASCII_CLASSES;
const classifyWide = chars.classifyWide;
const { NUMBER_WORD, UNKNOWN_WORD } = wordIndex;

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

function grow(stream: TokenStream): void {
  const size = stream.starts.length * 2;
  const copy = (a: Int32Array) => {
    const b = new Int32Array(size);
    b.set(a);
    return b;
  };
  stream.starts = copy(stream.starts);
  stream.ends = copy(stream.ends);
  stream.ids = copy(stream.ids);
  stream.sentences = copy(stream.sentences);
  stream.paragraphs = copy(stream.paragraphs);
}

function isWordChar(cls: number): boolean {
  return cls === LOWER || cls === UPPER || cls === DIGIT || cls === OTHER_LETTER;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 0xa0;
}

// Token buffers are reused from call to call (analysis is synchronous and
// copies what it keeps), which spares the garbage collector on many small posts.
let spare: Omit<TokenStream, 'text' | 'count'> | null = null;

export function tokenize(text: string, words: WordIndex, ampersandId: number): TokenStream {
  const capacity = 1024;
  spare ??= {
    starts: new Int32Array(capacity),
    ends: new Int32Array(capacity),
    ids: new Int32Array(capacity),
    sentences: new Int32Array(capacity),
    paragraphs: new Int32Array(capacity),
  };
  const stream: TokenStream = { text, count: 0, ...spare };
  const children = words.children26;
  const terminals = words.terminalIds;
  let sentence = 0;
  let paragraph = 0;
  let lastId = SENTENCE_TOKEN;

  const emit = (start: number, end: number, id: number) => {
    if (stream.count === stream.starts.length) grow(stream);
    const k = stream.count++;
    stream.starts[k] = start;
    stream.ends[k] = end;
    stream.ids[k] = id;
    stream.sentences[k] = sentence;
    stream.paragraphs[k] = paragraph;
    lastId = id;
  };
  const emitBreak = (start: number, end: number, id: number) => {
    if (lastId < 0) {
      // Collapse runs of punctuation; a paragraph break outranks the others.
      if (id === PARAGRAPH_TOKEN && lastId !== PARAGRAPH_TOKEN) {
        if (lastId === CLAUSE_TOKEN) sentence++;
        paragraph++;
        stream.ids[stream.count - 1] = PARAGRAPH_TOKEN;
        lastId = PARAGRAPH_TOKEN;
      } else if (id === SENTENCE_TOKEN && lastId === CLAUSE_TOKEN) {
        sentence++;
        stream.ids[stream.count - 1] = SENTENCE_TOKEN;
        lastId = SENTENCE_TOKEN;
      }
      return;
    }
    emit(start, end, id);
    if (id !== CLAUSE_TOKEN) sentence++;
    if (id === PARAGRAPH_TOKEN) paragraph++;
  };

  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = classify(c);
    if (isWordChar(cls)) {
      const start = i;
      if (cls === DIGIT) {
        while (i < n && classify(text.charCodeAt(i)) === DIGIT) i++;
        emit(start, i, NUMBER_WORD);
        continue;
      }
      let node = 0;
      while (i < n) {
        const ch = text.charCodeAt(i);
        if (ch >= 97 && ch <= 122) {
          if (node >= 0) node = children[node * 26 + (ch - 97)]!;
          i++;
          continue;
        }
        const k = classify(ch);
        if (k === LOWER || k === UPPER) {
          if (node >= 0) node = children[node * 26 + ((ch | 32) - 97)]!;
        } else if (k === OTHER_LETTER) {
          node = -1;
        } else if (k === APOSTROPHE && i + 1 < n) {
          const after = classify(text.charCodeAt(i + 1));
          if (after !== LOWER && after !== UPPER && after !== OTHER_LETTER) break;
        } else {
          break;
        }
        i++;
      }
      emit(start, i, node > 0 ? terminals[node]! : UNKNOWN_WORD);
      continue;
    }
    switch (cls) {
      case SENTENCE_END:
        // A decimal point ("3.5 miles") is not a sentence end.
        if (!(c === 46 && i > 0 && i + 1 < n && classify(text.charCodeAt(i - 1)) === DIGIT && classify(text.charCodeAt(i + 1)) === DIGIT)) {
          emitBreak(i, i + 1, SENTENCE_TOKEN);
        }
        break;
      case NEWLINE: {
        let j = i + 1;
        while (j < n && isBlank(text.charCodeAt(j))) j++;
        emitBreak(i, i + 1, j < n && classify(text.charCodeAt(j)) === NEWLINE ? PARAGRAPH_TOKEN : SENTENCE_TOKEN);
        break;
      }
      case CLAUSE_BREAK:
        emitBreak(i, i + 1, CLAUSE_TOKEN);
        break;
      case HYPHEN:
        // A spaced hyphen is a dash; a hyphen inside a word just separates it.
        if (i > 0 && i + 1 < n && isBlank(text.charCodeAt(i - 1)) && isBlank(text.charCodeAt(i + 1))) {
          emitBreak(i, i + 1, CLAUSE_TOKEN);
        }
        break;
      case AMPERSAND:
        emit(i, i + 1, ampersandId);
        break;
      case SPACE:
      case APOSTROPHE:
      default:
        break;
    }
    i++;
  }
  spare = { starts: stream.starts, ends: stream.ends, ids: stream.ids, sentences: stream.sentences, paragraphs: stream.paragraphs };
  return stream;
}
