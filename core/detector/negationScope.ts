// NegEx/ConText scopes. A pre-negation trigger ("no", "never had") negates what
// follows within SCOPE_WORDS words, until a terminator ("but", sentence end).
// A comma or "and" ends the scope too, unless it continues a list of alike
// items: "no numbness, tingling or weakness" keeps going, "didn't stretch and
// my back hurts" stops.
import * as lexiconFlags from './lexicon';
import type { Lexicon } from './lexicon';
import * as lists from './continuesList';
import type { Matches, PhraseMatch } from './matchPhrases';
import * as roles from './roles';
import { Scratch } from './scratch';
import { tokenIsOneOf } from './tokenWord';
import * as tokens from './tokenize';
import type { TokenStream } from './tokenize';

// Local copies of imported constants and functions (see tokenize.ts).
const AND_LIKE = lexiconFlags.AND_LIKE;
const BREAK = lexiconFlags.BREAK;
const FIRST_PERSON = lexiconFlags.FIRST_PERSON;
const NEGATIVE = lexiconFlags.NEGATIVE;
const UNTIL = lexiconFlags.UNTIL;
const HYPOTHETICAL = roles.HYPOTHETICAL;
const MENTION_PART = roles.MENTION_PART;
const NEG_POST = roles.NEG_POST;
const NEG_PRE = roles.NEG_PRE;
const OTHER_BODY = roles.OTHER_BODY;
const RESOLUTION = roles.RESOLUTION;
const scopeKind = roles.scopeKind;
const CLAUSE_TOKEN = tokens.CLAUSE_TOKEN;
const SENTENCE_TOKEN = tokens.SENTENCE_TOKEN;
const PARAGRAPH_TOKEN = tokens.PARAGRAPH_TOKEN;
const continuesList = lists.continuesList;

const SCOPE_WORDS = 6;
const isBefore = tokenIsOneOf(['before']);
const UNTIL_LOOKAHEAD = 12;

const negatedScratch = new Scratch((length) => new Uint8Array(length));
/** Never written: all zeros, for the many texts without a trigger. */
const noScopes = new Scratch((length) => new Uint8Array(length));

/** The first token of the first trigger, or -1: no scope opens before it. */
function firstTrigger(items: readonly PhraseMatch[]): number {
  for (const item of items) if (item.phrase.bits & NEG_PRE) return item.first;
  return -1;
}

export class NegationScopes {
  /** 1 for each token inside a pre-negation scope. */
  readonly preNegated: Uint8Array;

  constructor(
    private readonly stream: TokenStream,
    private readonly matches: Matches,
    private readonly lexicon: Lexicon,
  ) {
    this.preNegated = this.markPreNegation();
  }

  private markPreNegation(): Uint8Array {
    const { ids, count } = this.stream;
    const { items, itemAt } = this.matches;
    const flags = this.lexicon.flags;
    const from = firstTrigger(items);
    if (from < 0) return noScopes.view(count);
    const negated = negatedScratch.view(count);
    for (let t = 0; t < count; t++) negated[t] = 0;
    let remaining = 0;
    let lastKind = 0;
    for (let t = from; t < count; t++) {
      const id = ids[t]!;
      if (id < 0) {
        if (remaining > 0 && (id !== CLAUSE_TOKEN || !this.continuesList(t, lastKind))) remaining = 0;
        continue;
      }
      const k = itemAt[t]!;
      if (k >= 0) {
        const item = items[k]!;
        if (item.phrase.bits & NEG_PRE) {
          remaining = SCOPE_WORDS;
          lastKind = 0;
        } else if (item.phrase.bits & HYPOTHETICAL) {
          remaining = 0;
        } else if (remaining > 0) {
          for (let u = t; u <= item.last; u++) negated[u] = 1;
          if (!item.dropped) lastKind = scopeKind(item.phrase) || lastKind;
          remaining = Math.max(0, remaining - (item.last - t + 1));
        }
        t = item.last;
        continue;
      }
      if (remaining === 0) continue;
      const f = flags[id]!;
      if (f & BREAK || (f & AND_LIKE && !this.continuesList(t, lastKind))) {
        remaining = 0;
        continue;
      }
      negated[t] = 1;
      remaining--;
    }
    return negated;
  }

  private continuesList(t: number, lastKind: number): boolean {
    return continuesList(this.stream, this.matches, this.lexicon, t, lastKind);
  }

  /**
   * Is there a phrase with one of `bits` within `maxWords` after `lastToken`, in the same clause?
   * "and my…", "and I…" start a clause of their own ("my back is sore and my core is
   * nonexistent"), and a denied resolution is none ("the evidence is not strong").
   */
  followedBy(lastToken: number, bits: number, maxWords: number): boolean {
    const { ids, count } = this.stream;
    const { items, itemAt } = this.matches;
    const flags = this.lexicon.flags;
    let words = 0;
    for (let t = lastToken + 1; t < count && words < maxWords; t++, words++) {
      const id = ids[t]!;
      if (id < 0) return false;
      const k = itemAt[t]!;
      if (k >= 0) {
        const item = items[k]!;
        if (item.phrase.bits & bits && !this.deniedResolution(item)) return true;
        if (!item.dropped && item.phrase.bits & (MENTION_PART | OTHER_BODY | HYPOTHETICAL)) return false;
        t = item.last;
        continue;
      }
      const f = flags[id]!;
      if (f & BREAK) return false;
      if (f & AND_LIKE && t + 1 < count && ids[t + 1]! > 0 && flags[ids[t + 1]!]! & FIRST_PERSON) return false;
    }
    return false;
  }

  /** "not strong", "never fine": a resolution word right after a negation. */
  private deniedResolution(item: PhraseMatch): boolean {
    if ((item.phrase.bits & (RESOLUTION | NEG_POST)) !== RESOLUTION || item.first === 0) return false;
    const before = item.first - 1;
    const k = this.matches.itemAt[before]!;
    if (k >= 0) return (this.matches.items[k]!.phrase.bits & NEG_PRE) !== 0;
    const id = this.stream.ids[before]!;
    return id > 0 && (this.lexicon.flags[id]! & NEGATIVE) !== 0;
  }

  /**
   * "Never had back pain until I ran hills": the negation is about the past, the pain is now.
   * Not past another clause's word: "zero back soreness, which has never happened before".
   * Nor a "before" that ends its clause: "I've never had back trouble before, and…".
   */
  followedByUntil(lastToken: number): boolean {
    const { ids, count } = this.stream;
    const flags = this.lexicon.flags;
    for (let t = lastToken + 1; t < count && t <= lastToken + UNTIL_LOOKAHEAD; t++) {
      const id = ids[t]!;
      if (id === SENTENCE_TOKEN || id === PARAGRAPH_TOKEN) return false;
      if (id <= 0) continue;
      // "never had back trouble before." ends on "before": it means "in the past", not "until".
      if (flags[id]! & UNTIL) return !(isBefore(this.stream, t) && (t + 1 >= count || ids[t + 1]! < 0));
      if (flags[id]! & BREAK) return false;
    }
    return false;
  }
}
