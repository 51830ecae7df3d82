// A character trie over a-z that maps each lexicon word to a small integer id,
// so the tokenizer can identify words while it scans, without allocating strings.

export const UNKNOWN_WORD = 0;
export const NUMBER_WORD = 1;

const ALPHABET = 26;

export class WordIndex {
  private readonly ids = new Map<string, number>();
  private children: number[] = new Array<number>(ALPHABET).fill(-1);
  private terminals: number[] = [UNKNOWN_WORD];
  private frozenChildren: Int32Array | null = null;
  private frozenTerminals: Int32Array | null = null;

  /** Id of a normalised word (a-z only, or "#" for any number), adding it if new. */
  idOf(word: string): number {
    if (word === '#') return NUMBER_WORD;
    const known = this.ids.get(word);
    if (known !== undefined) return known;
    if (!/^[a-z]+$/.test(word)) throw new Error(`lexicon word must be a-z: "${word}"`);
    const id = this.ids.size + 2;
    this.ids.set(word, id);
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const slot = node * ALPHABET + (word.charCodeAt(i) - 97);
      let next = this.children[slot]!;
      if (next < 0) {
        next = this.terminals.length;
        this.terminals.push(UNKNOWN_WORD);
        for (let k = 0; k < ALPHABET; k++) this.children.push(-1);
        this.children[slot] = next;
      }
      node = next;
    }
    this.terminals[node] = id;
    this.frozenChildren = null;
    return id;
  }

  get size(): number {
    return this.ids.size + 2;
  }

  /** Flat child table: child of node n on letter k is `children[n * 26 + k]`, -1 when none. */
  get children26(): Int32Array {
    return (this.frozenChildren ??= Int32Array.from(this.children));
  }

  /** Word id ending at each node, UNKNOWN_WORD when none. */
  get terminalIds(): Int32Array {
    if (this.frozenTerminals === null || this.frozenTerminals.length !== this.terminals.length) {
      this.frozenTerminals = Int32Array.from(this.terminals);
    }
    return this.frozenTerminals;
  }
}
