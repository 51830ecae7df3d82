// ConText's "hypothetical" context: "if", "unless", "in case", "should you",
// "watch out for" open a scope to the end of the sentence or a terminator
// ("but", "because"), commas included: a condition often lists its symptoms
// ("if anything changed, numbness, loss of control, ..."). A red flag inside is
// a condition spoken of, not a symptom had: "see a doctor if you get numbness".
// "if" after a word of asking or knowing means "whether" and opens nothing:
// "not sure if the numbness is related" reports the numbness. Nor does "if I…"
// / "if my…": "if I run 10k, my legs go numb" tells what happens to the writer.
import * as lexiconFlags from './lexicon';
import type { Lexicon } from './lexicon';
import type { Matches } from './matchPhrases';
import * as roles from './roles';
import { Scratch } from './scratch';
import * as tokens from './tokenize';
import type { TokenStream } from './tokenize';

// Local copies of imported constants (see tokenize.ts).
const BREAK = lexiconFlags.BREAK;
const FIRST_PERSON = lexiconFlags.FIRST_PERSON;
const HYPOTHETICAL_WORD = lexiconFlags.HYPOTHETICAL_WORD;
const WHETHER = lexiconFlags.WHETHER;
const HYPOTHETICAL = roles.HYPOTHETICAL;
const CLAUSE_TOKEN = tokens.CLAUSE_TOKEN;

const SCOPE_WORDS = 25;

const insideScratch = new Scratch((length) => new Uint8Array(length));

/** 1 for each token inside a hypothetical scope (a buffer reused by the next call). */
export function markHypothetical(stream: TokenStream, matches: Matches, lexicon: Lexicon): Uint8Array {
  const { ids, count } = stream;
  const { items, itemAt } = matches;
  const flags = lexicon.flags;
  const inside = insideScratch.view(count);
  for (let t = 0; t < count; t++) inside[t] = 0;
  let remaining = 0;
  for (let t = 0; t < count; t++) {
    const id = ids[t]!;
    if (id < 0) {
      if (id !== CLAUSE_TOKEN) remaining = 0;
      continue;
    }
    const k = itemAt[t]!;
    if (k >= 0) {
      const item = items[k]!;
      if (item.phrase.bits & HYPOTHETICAL) {
        remaining = SCOPE_WORDS;
      } else if (remaining > 0) {
        for (let u = t; u <= item.last; u++) inside[u] = 1;
        remaining = Math.max(0, remaining - (item.last - t + 1));
      }
      t = item.last;
      continue;
    }
    const f = flags[id]!;
    if (f & HYPOTHETICAL_WORD) {
      const before = t > 0 ? ids[t - 1]! : -1;
      const after = t + 1 < count ? ids[t + 1]! : -1;
      const asking = before > 0 && (flags[before]! & WHETHER) !== 0;
      const ownHabit = after >= 0 && (flags[after]! & FIRST_PERSON) !== 0;
      remaining = asking || ownHabit ? 0 : SCOPE_WORDS;
      continue;
    }
    if (remaining === 0) continue;
    if (f & BREAK) {
      remaining = 0;
      continue;
    }
    inside[t] = 1;
    remaining--;
  }
  return inside;
}
