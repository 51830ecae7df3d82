// Does a comma or "and" at token `t` continue a list of alike items ("no
// numbness, tingling or weakness")? Yes when the next item, past fillers and
// coordinators only, is of the same scope kind as the last one in scope.
import * as lexiconFlags from './lexicon';
import type { Lexicon } from './lexicon';
import type { Matches } from './matchPhrases';
import * as roles from './roles';
import type { TokenStream } from './tokenize';

// Local copies of imported constants (see tokenize.ts).
const COORDINATOR = lexiconFlags.COORDINATOR;
const FILLER = lexiconFlags.FILLER;
const LIST_END = lexiconFlags.LIST_END;
const scopeKind = roles.scopeKind;

const LIST_LOOKAHEAD = 4;

export function continuesList(stream: TokenStream, matches: Matches, lexicon: Lexicon, t: number, lastKind: number): boolean {
  if (lastKind === 0) return false;
  const { ids, count } = stream;
  const { items, itemAt } = matches;
  for (let u = t + 1; u < count && u <= t + LIST_LOOKAHEAD; u++) {
    const k = itemAt[u]!;
    if (k >= 0) return !items[k]!.dropped && scopeKind(items[k]!.phrase) === lastKind;
    const id = ids[u]!;
    if (id < 0) return false;
    const f = lexicon.flags[id]!;
    if (f & LIST_END || !(f & (FILLER | COORDINATOR))) return false;
  }
  return false;
}
