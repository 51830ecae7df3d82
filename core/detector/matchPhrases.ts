// Greedy longest-match of lexicon phrases over the token stream, left to right.
// Longest match is what lets trap phrases ("back to back") and pseudo-negations
// ("no improvement") hide the words inside them.
import type { Lexicon } from './lexicon';
import * as roles from './roles';
import type { Phrase } from './roles';
import { Scratch } from './scratch';
import type { TokenStream } from './tokenize';
import * as wordIndex from './wordIndex';

// Local copies of imported constants (see tokenize.ts).
const CUE = roles.CUE;
const MENTION_PART = roles.MENTION_PART;
const PAIN = roles.PAIN;
const RED_FLAG = roles.RED_FLAG;
const TRAP = roles.TRAP;
const UNKNOWN_WORD = wordIndex.UNKNOWN_WORD;

export interface PhraseMatch {
  first: number;
  last: number;
  phrase: Phrase;
  /**
   * The first word's own meaning, kept when a longer cue or red flag swallowed
   * a pain word ("pain when I breathe", "aches at night").
   */
  head?: Phrase;
  /** Set when context shows the phrase is not what it looks like ("came back"). */
  dropped: boolean;
}

export interface Matches {
  items: PhraseMatch[];
  /** Index into `items` of the match covering each token, -1 if none. */
  itemAt: Int32Array;
}

const itemAtScratch = new Scratch((length) => new Int32Array(length));

export function matchPhrases(stream: TokenStream, lexicon: Lexicon): Matches {
  const { ids, count } = stream;
  const trie = lexicon.phrases;
  const items: PhraseMatch[] = [];
  // Every token is written once below, either -1 or its match.
  const itemAt = itemAtScratch.view(count);
  let t = 0;
  while (t < count) {
    const id = ids[t]!;
    const root = id > UNKNOWN_WORD ? trie.root(id) : -1;
    if (root < 0) {
      itemAt[t++] = -1;
      continue;
    }
    let bestLast = -1;
    let best: Phrase | undefined;
    let u = t;
    let node = root;
    while (node >= 0) {
      const phrase = trie.phrase(node);
      // Not `if (phrase)`: its truth test reads the Phrase object, one more memory load per node.
      if (phrase !== undefined) {
        bestLast = u;
        best = phrase;
      }
      if (++u >= count) break;
      const next = ids[u]!;
      node = next > UNKNOWN_WORD ? trie.child(node, next) : -1;
    }
    if (best === undefined) {
      itemAt[t++] = -1;
      continue;
    }
    const index = items.length;
    const own = trie.phrase(root);
    const swallowed = bestLast > t && !(best.bits & (MENTION_PART | TRAP)) && best.bits & (CUE | RED_FLAG);
    const head = swallowed && own && own.bits & PAIN ? own : undefined;
    items.push({ first: t, last: bestLast, phrase: best, head, dropped: false });
    for (let u = t; u <= bestLast; u++) itemAt[u] = index;
    t = bestLast + 1;
  }
  return { items, itemAt };
}
