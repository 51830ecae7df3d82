// "Stretching, foam rolling, new shoes, nothing." / "new shoes, nothing helped":
// a clause of failure (a TRIED_FAILED phrase, or a lone "nothing") closing a
// comma list marks the short clauses before it, back to the sentence start, as
// things tried. A list item that names the back or a pain ("new shoes wrecked
// my back") is a report, not a remedy, and ends the list.
// "I tried new shoes, a standing desk, massage" / "tempted to run on the
// treadmill": an opening phrase makes the rest of its clause remedies (see
// openedListEnd), unless that clause names the back or a pain ("I tried new shoes
// and my back got worse").
import * as lexiconFlags from '../detector/lexicon';
import type { Lexicon } from '../detector/lexicon';
import type { Matches } from '../detector/matchPhrases';
import * as roles from '../detector/roles';
import * as tokens from '../detector/tokenize';
import type { TokenStream } from '../detector/tokenize';

// Local copies of imported constants (see detector/tokenize.ts).
const { BREAK, NEGATIVE } = lexiconFlags;
const { MENTION_PART, TRIED_FAILED } = roles;
const { CLAUSE_TOKEN, PARAGRAPH_TOKEN, SENTENCE_TOKEN } = tokens;

const MAX_ITEM_WORDS = 5;
/** Bounds the walk back, so the marking stays linear on any input. */
const MAX_ITEMS = 8;
/** Bounds the walk forward from an opener, as a hypothetical scope is bounded. */
const MAX_OPENED_WORDS = 25;

/** 1 for each token of a list of things tried, or null when the text has none. */
export function markTriedLists(stream: TokenStream, matches: Matches, lexicon: Lexicon): Uint8Array | null {
  let tried: Uint8Array | null = null;
  const { ids, count } = stream;
  for (let t = 1; t < count; t++) {
    if (ids[t - 1] !== CLAUSE_TOKEN || !closesList(stream, matches, lexicon, t)) continue;
    tried ??= new Uint8Array(count);
    markItemsBefore(stream, matches, t - 1, tried);
  }
  return tried;
}

/** End (exclusive) of the remedies an opener ending before `from` opens: its clause's end, or `from` when that names the back or a pain. */
export function openedListEnd(stream: TokenStream, matches: Matches, lexicon: Lexicon, from: number): number {
  const { ids, count } = stream;
  let words = 0;
  let t = from;
  for (; t < count && words < MAX_OPENED_WORDS; t++) {
    const id = ids[t]!;
    if (id === SENTENCE_TOKEN || id === PARAGRAPH_TOKEN) break;
    if (id < 0) continue;
    const k = matches.itemAt[t]!;
    if (k >= 0 && matches.items[k]!.phrase.bits & MENTION_PART) return from;
    if (k < 0 && lexicon.flags[id]! & BREAK) break;
    words++;
  }
  return t;
}

function closesList(stream: TokenStream, matches: Matches, lexicon: Lexicon, t: number): boolean {
  const k = matches.itemAt[t]!;
  if (k >= 0) return (matches.items[k]!.phrase.bits & TRIED_FAILED) !== 0;
  const id = stream.ids[t]!;
  const next = t + 1 < stream.count ? stream.ids[t + 1]! : -1;
  return id > 0 && (lexicon.flags[id]! & NEGATIVE) !== 0 && next < 0 && next !== CLAUSE_TOKEN;
}

/** Marks the short clauses before the clause break at `comma`. */
function markItemsBefore(stream: TokenStream, matches: Matches, comma: number, tried: Uint8Array): void {
  const { ids } = stream;
  let end = comma;
  for (let item = 0; item < MAX_ITEMS; item++) {
    let start = end - 1;
    let words = 0;
    while (start >= 0 && ids[start]! >= 0) {
      const k = matches.itemAt[start]!;
      if (++words > MAX_ITEM_WORDS || (k >= 0 && matches.items[k]!.phrase.bits & MENTION_PART)) return;
      start--;
    }
    if (words === 0) return;
    for (let u = start + 1; u < end; u++) tried[u] = 1;
    if (start < 0 || ids[start] !== CLAUSE_TOKEN) return;
    end = start;
  }
}
