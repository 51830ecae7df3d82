// Compiles lexicon entries into the structures the scan uses: a word trie
// (word → id), per-word grammatical flags, and a trie of word-id sequences
// whose terminals hold the merged Phrase.
import { expandPattern } from './pattern';
import { Phrase, type LexiconEntry } from './roles';
import { BACK_VERBS } from './lexicon/traps';
import { BREAKS, COORDINATORS, COPULAS, FILLERS, NEGATIVE_WORDS, UNTIL_WORDS } from './lexicon/wordClasses';
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

export interface PhraseNode {
  next: Map<number, PhraseNode>;
  phrase?: Phrase;
}

export interface Lexicon {
  words: WordIndex;
  /** Grammatical flags by word id. */
  flags: Uint8Array;
  /** Phrase trie roots by first word id. */
  roots: (PhraseNode | undefined)[];
  ampersandId: number;
}

const wordsOf = (list: string): string[] => list.split(/\s+/).filter(Boolean);

export function compileLexicon(entries: readonly LexiconEntry[]): Lexicon {
  const words = new WordIndex();
  const rootMap = new Map<number, PhraseNode>();
  for (const { pattern, role } of entries) {
    for (const sequence of expandPattern(pattern)) {
      const ids = sequence.map((word) => words.idOf(word));
      let node: PhraseNode | undefined = rootMap.get(ids[0]!);
      if (!node) rootMap.set(ids[0]!, (node = { next: new Map() }));
      for (const id of ids.slice(1)) {
        let child: PhraseNode | undefined = node.next.get(id);
        if (!child) node.next.set(id, (child = { next: new Map() }));
        node = child;
      }
      (node.phrase ??= new Phrase(sequence.join(' '))).add(role);
    }
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
  ];
  for (const [list] of classes) for (const word of wordsOf(list)) words.idOf(word);
  const flags = new Uint8Array(words.size);
  for (const [list, flag] of classes) for (const word of wordsOf(list)) flags[words.idOf(word)]! |= flag;

  const roots: (PhraseNode | undefined)[] = new Array(words.size).fill(undefined);
  for (const [id, node] of rootMap) roots[id] = node;
  return { words, flags, roots, ampersandId: words.idOf('and') };
}
