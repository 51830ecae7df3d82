// A trie of word-id sequences, flattened into typed arrays for the scan: node
// numbers, a root node per first word, and one open-addressing table for the
// edges (node, next word) → child, so stepping needs no Map and no objects.
// Each first word's branch is grown when the scan first meets that word: the
// whole lexicon expands to over 100,000 nodes, too many to build in one task.
// A branch may also be grown ahead, a pattern at a time (see growStep).
import type { Phrase } from './roles';

const NONE = -1;
/** A first word's root while its branch is not fully grown: UNGROWN, or below it its root so far (see step). */
const UNGROWN = -2;
/** The node before a phrase's first word. */
export const START = NONE;

export class PhraseTrie {
  private readonly rootOf: Int32Array;
  /** For each first word, how many of its patterns are grown. */
  private readonly grown: Int32Array;
  private readonly phrases: (Phrase | undefined)[] = [];
  private edgeKeys = new Int32Array(0);
  private edgeNodes = new Int32Array(0);
  private edgeMask = 0;
  private edgeCount = 0;
  private readonly wordCount: number;
  /**
   * For each word, a bit per node it follows, at the node's number mod 32: where the bit is
   * clear, there is no edge to look up (most lookups, for the words after a phrase's start).
   */
  private readonly followed: Int32Array;

  /**
   * `firstWords`: the words some phrase starts with. `grow(word, k)` adds (through `step`) the
   * phrases starting with `word` of the `k`th pattern that has some, and tells whether it was the
   * last. A word's patterns are grown once each, in order: ahead (growStep), and the rest when
   * `root(word)` is first asked.
   */
  constructor(
    wordCount: number,
    firstWords: Iterable<number>,
    private readonly grow: (word: number, k: number) => boolean,
  ) {
    this.wordCount = wordCount;
    this.rootOf = new Int32Array(wordCount).fill(NONE);
    this.grown = new Int32Array(wordCount);
    this.followed = new Int32Array(wordCount);
    for (const word of firstWords) this.rootOf[word] = UNGROWN;
    this.resize(1024);
  }

  /** The node after `node` (START: before any word) on `word`, created if new. */
  step(node: number, word: number): number {
    if (node === START) {
      // Only a growing branch steps from START: its root so far is kept below UNGROWN.
      const growing = this.rootOf[word]!;
      if (growing < UNGROWN) return UNGROWN - 1 - growing;
      const root = this.newNode();
      this.rootOf[word] = UNGROWN - 1 - root;
      return root;
    }
    const found = this.child(node, word);
    if (found !== NONE) return found;
    const created = this.newNode();
    this.addEdge(node, word, created);
    return created;
  }

  /** Whether `word`'s branch still has patterns to grow. */
  growing(word: number): boolean {
    return this.rootOf[word]! <= UNGROWN;
  }

  /** Grows one more pattern of `word`'s branch, if it has any left. */
  growStep(word: number): void {
    if (!this.growing(word) || !this.grow(word, this.grown[word]!++)) return;
    const growing = this.rootOf[word]!;
    this.rootOf[word] = growing === UNGROWN ? NONE : UNGROWN - 1 - growing;
  }

  setPhrase(node: number, phrase: Phrase): void {
    this.phrases[node] = phrase;
  }

  /** Root node of phrases starting with `word`, or -1. */
  root(word: number): number {
    const node = this.rootOf[word]!;
    // The growing apart, so that this stays small enough for the scan to inline.
    return node > UNGROWN ? node : this.grownRoot(word);
  }

  private grownRoot(word: number): number {
    while (this.growing(word)) this.growStep(word);
    return this.rootOf[word]!;
  }

  /** The node after `node` on `word`, or -1. */
  child(node: number, word: number): number {
    if (((this.followed[word]! >>> (node & 31)) & 1) === 0) return NONE;
    const key = node * this.wordCount + word;
    const mask = this.edgeMask;
    for (let slot = Math.imul(key, 0x9e3779b1) >>> 0 & mask; ; slot = (slot + 1) & mask) {
      const found = this.edgeKeys[slot]!;
      if (found === key) return this.edgeNodes[slot]!;
      if (found === NONE) return NONE;
    }
  }

  /** The phrase ending at `node`, if any. */
  phrase(node: number): Phrase | undefined {
    return this.phrases[node];
  }

  private newNode(): number {
    this.phrases.push(undefined);
    return this.phrases.length - 1;
  }

  private addEdge(node: number, word: number, next: number): void {
    if ((this.edgeCount + 1) * 2 > this.edgeMask + 1) this.resize((this.edgeMask + 1) * 2);
    this.insert(node * this.wordCount + word, next);
    this.edgeCount++;
    this.followed[word]! |= 1 << (node & 31);
  }

  private insert(key: number, next: number): void {
    const mask = this.edgeMask;
    let slot = Math.imul(key, 0x9e3779b1) >>> 0 & mask;
    while (this.edgeKeys[slot] !== NONE) slot = (slot + 1) & mask;
    this.edgeKeys[slot] = key;
    this.edgeNodes[slot] = next;
  }

  private resize(capacity: number): void {
    const keys = this.edgeKeys;
    const nodes = this.edgeNodes;
    this.edgeKeys = new Int32Array(capacity).fill(NONE);
    this.edgeNodes = new Int32Array(capacity);
    this.edgeMask = capacity - 1;
    for (let slot = 0; slot < keys.length; slot++) if (keys[slot] !== NONE) this.insert(keys[slot]!, nodes[slot]!);
  }
}
