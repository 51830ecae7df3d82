// Maps each lexicon word to a small integer id through an open-addressing hash
// table keyed by its letters, so the tokenizer can identify words as it reads
// them, without allocating strings. The tokenizer computes the same key inline
// (see wordKey); the table keeps each long word's letters to confirm a hit.

export const UNKNOWN_WORD = 0;
export const NUMBER_WORD = 1;
/** A slash, "/": read as a word, for scores ("2/10") and pairs ("back/neck"). */
export const SLASH_WORD = 2;
const FIRST_WORD_ID = 3;

/** Words of up to this many letters are spelled out exactly by their key. */
export const EXACT_KEY_LETTERS = 6;

/**
 * A word's key: five bits per letter (a-z are 1 to 26 in either case), folded in one by one, so
 * only the last six letters and a bit stay. For most words of a text, those of up to six
 * letters, the key and the length are the word itself and need no letter-by-letter check.
 */
export function wordKey(word: string): number {
  let key = 0;
  for (let i = 0; i < word.length; i++) key = (key << 5) | (word.charCodeAt(i) & 31);
  return key;
}

/** Table slot of a key: its bits mixed, then masked. */
export function slotOf(key: number, mask: number): number {
  const mixed = Math.imul(key, 0x9e3779b1);
  return (mixed ^ (mixed >>> 16)) & mask;
}

export interface WordTable {
  /**
   * Two numbers per slot, side by side so that one memory read brings both: the key, then the
   * word's id shifted left by 8 bits with its number of letters below (0 when the slot is empty).
   * `mask + 1` slots.
   */
  entries: Int32Array;
  mask: number;
  /** Letters of word `id` are `letters[offsets[id]]` up to `offsets[id + 1]`. */
  letters: Uint8Array;
  offsets: Int32Array;
}

export class WordIndex {
  private readonly ids = new Map<string, number>();
  private frozen: WordTable | null = null;

  /** Id of a normalised word (a-z only, "#" for any number, or "/"), adding it if new. */
  idOf(word: string): number {
    if (word === '#') return NUMBER_WORD;
    if (word === '/') return SLASH_WORD;
    const known = this.ids.get(word);
    if (known !== undefined) return known;
    if (!/^[a-z]{1,255}$/.test(word)) throw new Error(`lexicon word must be 1 to 255 letters a-z: "${word}"`);
    const id = this.ids.size + FIRST_WORD_ID;
    this.ids.set(word, id);
    this.frozen = null;
    return id;
  }

  get size(): number {
    return this.ids.size + FIRST_WORD_ID;
  }

  /** The lookup table, built on first use after the last new word. */
  get table(): WordTable {
    return (this.frozen ??= this.build());
  }

  private build(): WordTable {
    // At most a quarter full: a probe rarely passes more than one slot.
    let capacity = 64;
    while (capacity < this.ids.size * 4) capacity *= 2;
    const mask = capacity - 1;
    const entries = new Int32Array(2 * capacity);
    const offsets = new Int32Array(this.size + 1);
    let total = 0;
    for (const word of this.ids.keys()) total += word.length;
    const letters = new Uint8Array(total);
    let offset = 0;
    for (const [word, id] of this.ids) {
      offsets[id] = offset;
      for (let i = 0; i < word.length; i++) letters[offset++] = word.charCodeAt(i);
      const key = wordKey(word);
      let slot = slotOf(key, mask);
      while (entries[2 * slot + 1] !== UNKNOWN_WORD) slot = (slot + 1) & mask;
      entries[2 * slot] = key;
      entries[2 * slot + 1] = (id << 8) | word.length;
    }
    // Ids are dense from FIRST_WORD_ID in insertion order, so each word ends where the next begins.
    offsets[this.size] = offset;
    return { entries, mask, letters, offsets };
  }
}
