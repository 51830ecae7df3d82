// "Stretching, foam rolling, new shoes, nothing." / "new shoes, nothing helped":
// a clause of failure (a TRIED_FAILED phrase, or a lone "nothing") closing a
// comma list marks the short clauses before it, back to the sentence start, as
// things tried. A list item that names the back or a pain ("new shoes wrecked
// my back") is a report, not a remedy, and ends the list.
// "I tried new shoes, a standing desk, massage" / "tempted to run on the
// treadmill": an opening phrase makes the rest of its clause remedies (see
// openedListEnd), unless that clause names the back or a pain ("I tried new shoes
// and my back got worse"). "Changed my shoes and it made no difference", "a new pair
// made no difference": "no difference" after a clause closes it as a comma does.
import * as lexiconFlags from '../detector/lexicon';
import type { Lexicon } from '../detector/lexicon';
import type { Matches } from '../detector/matchPhrases';
import * as roles from '../detector/roles';
import * as tokens from '../detector/tokenize';
import type { TokenStream } from '../detector/tokenize';
import { tokenIsOneOf } from '../detector/tokenWord';

// Local copies of imported constants (see detector/tokenize.ts).
const { BREAK, NEGATIVE } = lexiconFlags;
const { MENTION_PART, TRIED_FAILED } = roles;
const { CLAUSE_TOKEN, PARAGRAPH_TOKEN, SENTENCE_TOKEN } = tokens;

const MAX_ITEM_WORDS = 5;
/** A change told before "and it made no difference" is one clause, often longer than a list item. */
const MAX_CHANGE_WORDS = 9;
/** Bounds the walk back, so the marking stays linear on any input. */
const MAX_ITEMS = 8;
/** Bounds the walk forward from an opener, as a hypothetical scope is bounded. */
const MAX_OPENED_WORDS = 25;

/** "… and it made no difference", "… but that didn't help": a link that closes the clause before it. */
const isLink = tokenIsOneOf(['and', 'but']);
const isItself = tokenIsOneOf(['it', 'that', 'this', 'they', 'those', 'which']);
/** "…and it didn't help" may mean it made things worse: only "no difference" and the like end such a clause. */
const isNoChange = tokenIsOneOf(['difference', 'change', 'luck', 'joy']);

/** 1 for each token of a list of things tried, or null when the text has none. */
export function markTriedLists(stream: TokenStream, matches: Matches, lexicon: Lexicon): Uint8Array | null {
  let tried: Uint8Array | null = null;
  const { ids, count } = stream;
  for (let t = 1; t < count; t++) {
    const listed = ids[t - 1] === CLAUSE_TOKEN;
    const end = listed ? t - 1 : linkBefore(stream, matches, t);
    if (end < 0 || !closesList(stream, matches, lexicon, t)) continue;
    tried ??= new Uint8Array(count);
    // A list runs back over its items; a change told before "no difference" is its one clause.
    if (listed) markItemsBefore(stream, matches, end, tried, MAX_ITEM_WORDS, MAX_ITEMS);
    else markItemsBefore(stream, matches, end, tried, MAX_CHANGE_WORDS, 1);
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

/**
 * Where the things tried end before "made no difference" at `t`, or -1: before "and it" ("changed
 * my shoes and it made no difference"), or at `t` when the failure has a subject of its own ("a new
 * pair made no difference").
 */
function linkBefore(stream: TokenStream, matches: Matches, t: number): number {
  const k = matches.itemAt[t]!;
  if (k < 0 || stream.ids[t - 1]! < 0 || !isNoChange(stream, matches.items[k]!.last)) return -1;
  return t >= 2 && isItself(stream, t - 1) && isLink(stream, t - 2) ? t - 2 : t;
}

function closesList(stream: TokenStream, matches: Matches, lexicon: Lexicon, t: number): boolean {
  const k = matches.itemAt[t]!;
  if (k >= 0) return (matches.items[k]!.phrase.bits & TRIED_FAILED) !== 0;
  const id = stream.ids[t]!;
  const next = t + 1 < stream.count ? stream.ids[t + 1]! : -1;
  return id > 0 && (lexicon.flags[id]! & NEGATIVE) !== 0 && next < 0 && next !== CLAUSE_TOKEN;
}

/** Marks the short clauses before the clause break at `comma`. */
function markItemsBefore(stream: TokenStream, matches: Matches, comma: number, tried: Uint8Array, maxWords: number, maxItems: number): void {
  const { ids } = stream;
  let end = comma;
  for (let item = 0; item < maxItems; item++) {
    let start = end - 1;
    let words = 0;
    while (start >= 0 && ids[start]! >= 0) {
      const k = matches.itemAt[start]!;
      if (++words > maxWords || (k >= 0 && matches.items[k]!.phrase.bits & MENTION_PART)) return;
      start--;
    }
    if (words === 0) return;
    for (let u = start + 1; u < end; u++) tried[u] = 1;
    if (start < 0 || ids[start] !== CLAUSE_TOKEN) return;
    end = start;
  }
}
