// Maps each lexicon word to a small integer id through an open-addressing hash
// table over its letters, so the tokenizer can identify words as it reads them,
// without allocating strings. The tokenizer computes the same hash inline
// (see hashLetters); the table keeps each word's letters to confirm a hit.

export const UNKNOWN_WORD = 0;
export const NUMBER_WORD = 1;

/** The hash of a word's lower-case letter codes, as the tokenizer folds them in one by one. */
export function hashLetters(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = (Math.imul(h, 31) + word.charCodeAt(i)) | 0;
  return h;
}

/** Table slot of a hash: the hash's bits mixed, then masked. */
export function slotOf(hash: number, mask: number): number {
  return (hash ^ (hash >>> 15)) & mask;
}

export interface WordTable {
  /** Word id in each slot, UNKNOWN_WORD when empty; `mask + 1` slots. */
  slots: Int32Array;
  mask: number;
  /** Letters of word `id` are `letters[offsets[id]]` up to `offsets[id + 1]`. */
  letters: Uint8Array;
  offsets: Int32Array;
}

export class WordIndex {
  private readonly ids = new Map<string, number>();
  private frozen: WordTable | null = null;

  /** Id of a normalised word (a-z only, or "#" for any number), adding it if new. */
  idOf(word: string): number {
    if (word === '#') return NUMBER_WORD;
    const known = this.ids.get(word);
    if (known !== undefined) return known;
    if (!/^[a-z]+$/.test(word)) throw new Error(`lexicon word must be a-z: "${word}"`);
    const id = this.ids.size + 2;
    this.ids.set(word, id);
    this.frozen = null;
    return id;
  }

  get size(): number {
    return this.ids.size + 2;
  }

  /** The lookup table, built on first use after the last new word. */
  get table(): WordTable {
    return (this.frozen ??= this.build());
  }

  private build(): WordTable {
    let capacity = 64;
    while (capacity < this.ids.size * 4) capacity *= 2;
    const mask = capacity - 1;
    const slots = new Int32Array(capacity);
    const offsets = new Int32Array(this.size + 1);
    let total = 0;
    for (const word of this.ids.keys()) total += word.length;
    const letters = new Uint8Array(total);
    let offset = 0;
    for (const [word, id] of this.ids) {
      offsets[id] = offset;
      for (let i = 0; i < word.length; i++) letters[offset++] = word.charCodeAt(i);
      let slot = slotOf(hashLetters(word), mask);
      while (slots[slot] !== UNKNOWN_WORD) slot = (slot + 1) & mask;
      slots[slot] = id;
    }
    // Ids are dense from 2 in insertion order, so each word ends where the next begins.
    offsets[this.size] = offset;
    return { slots, mask, letters, offsets };
  }
}
