// Compiles lexicon entries into the structures the scan uses: a word table
// (word → id), per-word grammatical flags, and a trie of word-id sequences
// whose terminals hold the merged Phrase.
import { parsePattern } from './pattern';
import { runToEnd } from '../run-to-end';
import { Phrase, type LexiconEntry, type Role } from './roles';
import { BACK_VERBS } from './lexicon/traps';
import {
  BREAKS,
  COORDINATORS,
  COPULAS,
  FILLERS,
  FIRST_PERSON_WORDS,
  HYPOTHETICAL_WORDS,
  LIST_END_WORDS,
  NEGATIVE_WORDS,
  PAIN_NOUNS,
  UNTIL_WORDS,
  WHETHER_WORDS,
} from './lexicon/wordClasses';
import { PhraseTrie, START } from './phraseTrie';
import { WordIndex } from './wordIndex';

export const FILLER = 1;
export const COORDINATOR = 2;
/** "and"/"plus": unlike "or", may end a negation scope (see negationScope). */
export const AND_LIKE = 4;
export const BREAK = 8;
export const BACK_VERB = 16;
export const NEGATIVE = 32;
export const UNTIL = 64;
export const COPULA = 128;
/** "if", "unless": open a hypothetical scope (see hypotheticalScope). */
export const HYPOTHETICAL_WORD = 256;
/** "not sure if", "wondering if": before these, "if" means "whether". */
export const WHETHER = 512;
/** "i", "my": after "if", the writer's own habit, not a hypothetical (see hypotheticalScope). */
export const FIRST_PERSON = 1024;
/** "just", "only": a list of denied things ends here (see continuesList). */
export const LIST_END = 2048;
/** "pain", "ache": after "get back", "think back", the back is the body (see findMentions). */
export const PAIN_NOUN = 4096;

export interface Lexicon {
  words: WordIndex;
  /** Grammatical flags by word id. */
  flags: Uint16Array;
  phrases: PhraseTrie;
  ampersandId: number;
}

const wordsOf = (list: string): string[] => list.split(/\s+/).filter(Boolean);

/** One pattern slot: its alternatives, each a run of words with their ids (empty for "_"). */
type Slot = { word: string; id: number }[][];

interface Pattern {
  slots: Slot[];
  role: Role;
}

/**
 * Two lexicons over one word index: `mentions` holds the first entries' phrases alone, `all`
 * every phrase. A text tokenized once can then be matched against either.
 */
export function compileLexicons(first: readonly LexiconEntry[], rest: readonly LexiconEntry[]): Lexicons {
  return runToEnd(compileSteps(first, rest));
}

export interface Lexicons {
  mentions: Lexicon;
  all: Lexicon;
}

/** Lexicons compiled once: on first use, or ahead of it a step at a time (see `compileSteps`). */
export class LazyLexicons {
  private compiled: Lexicons | undefined;
  private compiling: Generator<void, Lexicons, void> | undefined;

  constructor(private readonly entries: () => [first: readonly LexiconEntry[], rest: readonly LexiconEntry[]]) {}

  get done(): boolean {
    return this.compiled !== undefined;
  }

  /** One step of compiling them (none once they are compiled). */
  readonly step = (): void => {
    if (this.compiled) return;
    this.compiling ??= compileSteps(...this.entries());
    const next = this.compiling.next();
    if (next.done) this.compiled = next.value;
  };

  /** The lexicons, compiled now as far as steps have not. */
  get(): Lexicons {
    while (!this.compiled) this.step();
    return this.compiled;
  }
}

/** How many patterns a step of `compileSteps` parses (a millisecond or two). */
const PATTERNS_PER_STEP = 40;

/**
 * `compileLexicons` cut into steps, each a call of `next()`, for a page to run between its own
 * tasks; the last returns the lexicons. The phrase tries are grown later (see PhraseTrie).
 */
export function* compileSteps(first: readonly LexiconEntry[], rest: readonly LexiconEntry[]): Generator<void, Lexicons, void> {
  const words = new WordIndex();
  const patterns: Pattern[] = [];
  for (const { pattern, role } of [...first, ...rest]) {
    const slots = parsePattern(pattern).map((slot) => slot.map((alternative) => alternative.map((word) => ({ word, id: words.idOf(word) }))));
    patterns.push({ slots, role });
    if (patterns.length % PATTERNS_PER_STEP === 0) yield;
  }

  const classes: [string, number][] = [
    [FILLERS, FILLER],
    [COORDINATORS, COORDINATOR],
    ['and plus', AND_LIKE],
    [BREAKS, BREAK],
    [BACK_VERBS.join(' '), BACK_VERB],
    [NEGATIVE_WORDS, NEGATIVE],
    [UNTIL_WORDS, UNTIL],
    [COPULAS, COPULA],
    [HYPOTHETICAL_WORDS, HYPOTHETICAL_WORD],
    [WHETHER_WORDS, WHETHER],
    [FIRST_PERSON_WORDS, FIRST_PERSON],
    [LIST_END_WORDS, LIST_END],
    [PAIN_NOUNS, PAIN_NOUN],
  ];
  for (const [list] of classes) for (const word of wordsOf(list)) words.idOf(word);
  const flags = new Uint16Array(words.size);
  for (const [list, flag] of classes) for (const word of wordsOf(list)) flags[words.idOf(word)]! |= flag;
  // The tokenizer's table, built here rather than by the first text.
  void words.table;
  yield;

  const ampersandId = words.idOf('and');
  const all = { words, flags, phrases: trieOf(patterns, words.size), ampersandId };
  if (rest.length === 0) return { mentions: all, all };
  yield;
  return { mentions: { ...all, phrases: trieOf(patterns.slice(0, first.length), words.size) }, all };
}

/** A trie of the patterns' phrases, grown word by word as texts first use them (or ahead, see PhraseTrie.growStep). */
function trieOf(patterns: readonly Pattern[], wordCount: number): PhraseTrie {
  // Patterns by the words their phrases may start with, in lexicon order (a phrase's roles merge in that order).
  const startingWith = new Map<number, Pattern[]>();
  for (const pattern of patterns) {
    for (const word of firstWords(pattern.slots)) {
      const list = startingWith.get(word);
      if (list) list.push(pattern);
      else startingWith.set(word, [pattern]);
    }
  }
  const phrases: PhraseTrie = new PhraseTrie(
    wordCount,
    startingWith.keys(),
    (word, k) => {
      const patterns = startingWith.get(word)!;
      addPattern(phrases, patterns[k]!.slots, patterns[k]!.role, word);
      return k === patterns.length - 1;
    },
  );
  return phrases;
}

/** Ids of the words a pattern's phrases can start with: its first slots' first words, up to the first slot that cannot be empty. */
function firstWords(slots: readonly Slot[]): Set<number> {
  const found = new Set<number>();
  for (const alternatives of slots) {
    for (const alternative of alternatives) if (alternative.length > 0) found.add(alternative[0]!.id);
    if (alternatives.every((alternative) => alternative.length > 0)) break;
  }
  return found;
}

/**
 * Adds the phrases of a pattern that start with word `first`, stepping slot by slot from the
 * set of trie nodes reached so far: a prefix shared by many sequences is walked once, not once
 * per sequence.
 */
function addPattern(trie: PhraseTrie, slots: readonly Slot[], role: Role, first: number): void {
  // Node → its words joined, the phrase's key.
  let reached = new Map<number, string>([[START, '']]);
  for (const alternatives of slots) {
    const next = new Map<number, string>();
    for (const [node, key] of reached) {
      for (const alternative of alternatives) {
        if (node === START && alternative.length > 0 && alternative[0]!.id !== first) continue;
        let at = node;
        let text = key;
        for (const { word, id } of alternative) {
          at = trie.step(at, id);
          text = text === '' ? word : `${text} ${word}`;
        }
        next.set(at, text);
      }
    }
    reached = next;
  }
  for (const [node, key] of reached) {
    if (node === START) continue;
    let phrase = trie.phrase(node);
    if (!phrase) trie.setPhrase(node, (phrase = new Phrase(key)));
    phrase.add(role);
  }
}
