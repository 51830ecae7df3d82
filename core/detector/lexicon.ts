// Compiles lexicon entries into the structures the scan uses: a word table
// (word → id), per-word grammatical flags, and a trie of word-id sequences
// whose terminals hold the merged Phrase.
import { expandPattern } from './pattern';
import { Phrase, type LexiconEntry } from './roles';
import { BACK_VERBS } from './lexicon/traps';
import {
  BREAKS,
  COORDINATORS,
  COPULAS,
  FILLERS,
  FIRST_PERSON_WORDS,
  HYPOTHETICAL_WORDS,
  NEGATIVE_WORDS,
  UNTIL_WORDS,
  WHETHER_WORDS,
} from './lexicon/wordClasses';
import { PhraseTrie } from './phraseTrie';
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

export interface Lexicon {
  words: WordIndex;
  /** Grammatical flags by word id. */
  flags: Uint16Array;
  phrases: PhraseTrie;
  ampersandId: number;
}

const wordsOf = (list: string): string[] => list.split(/\s+/).filter(Boolean);

export function compileLexicon(entries: readonly LexiconEntry[]): Lexicon {
  const words = new WordIndex();
  const expanded = entries.flatMap(({ pattern, role }) =>
    expandPattern(pattern).map((sequence) => ({ sequence, ids: sequence.map((word) => words.idOf(word)), role })),
  );

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
  ];
  for (const [list] of classes) for (const word of wordsOf(list)) words.idOf(word);
  const flags = new Uint16Array(words.size);
  for (const [list, flag] of classes) for (const word of wordsOf(list)) flags[words.idOf(word)]! |= flag;

  const ampersandId = words.idOf('and');
  const phrases = new PhraseTrie(words.size);
  for (const { sequence, ids, role } of expanded) {
    const node = phrases.nodeFor(ids);
    let phrase = phrases.phrase(node);
    if (!phrase) phrases.setPhrase(node, (phrase = new Phrase(sequence.join(' '))));
    phrase.add(role);
  }
  return { words, flags, phrases, ampersandId };
}
