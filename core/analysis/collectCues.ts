// Reads cause cues and red-flag phrases from the matched phrases, skipping the
// negated ones ("no hills", "no numbness or tingling", "hills were fine"),
// things tried in vain ("new shoes, nothing helped") and red flags only spoken
// of ("see a doctor if you get numbness", "what needs a doctor: fever, night pain").
import type { Span } from '../types';
import type { CauseId, RedFlagId, RedFlagTier } from '../vocabulary';
import * as lexiconFlags from '../detector/lexicon';
import type { Lexicon } from '../detector/lexicon';
import type { Matches, PhraseMatch } from '../detector/matchPhrases';
import * as hypotheticalScope from '../detector/hypotheticalScope';
import type { NegationScopes } from '../detector/negationScope';
import * as roles from '../detector/roles';
import type { TokenStream } from '../detector/tokenize';
import * as triedLists from './triedLists';
import * as adviceSentences from './adviceSentences';

// Local copies of imported constants and functions (see detector/tokenize.ts).
const { NEGATIVE } = lexiconFlags;
const { CUE, NEG_POST, RED_FLAG, REMEDY_OPENER, RESOLUTION } = roles;
const markHypothetical = hypotheticalScope.markHypothetical;
const { markTriedLists, openedListEnd } = triedLists;
const adviceReader = adviceSentences.adviceReader;
const ownedByWriter = adviceSentences.ownedByWriter;

const POST_NEGATION_WORDS = 3;

export interface Cue extends Span {
  /** The normalised phrase, so repeats of one cue count once. */
  key: string;
  sentence: number;
  paragraph: number;
}

export interface CauseCue extends Cue {
  cause: CauseId;
}

export interface RedFlagCue extends Cue {
  flag: RedFlagId;
  /** Its tokens, for the context rules that follow (see writersOwnNow). */
  first: number;
  last: number;
  /** The tier this cue gives its flag in this post; the flag's default tier when absent. */
  tier?: RedFlagTier;
}

export function collectCues(stream: TokenStream, matches: Matches, lexicon: Lexicon, scopes: NegationScopes) {
  const causes: CauseCue[] = [];
  const redFlags: RedFlagCue[] = [];
  let hypothetical: Uint8Array | undefined;
  let advice: ((token: number) => boolean) | undefined;
  let tried: Uint8Array | null = null;
  let triedMarked = false;
  // Remedies opened by a phrase before ("I tried new shoes") run up to here; items come in order.
  let openedUntil = 0;
  for (const item of matches.items) {
    const bits = item.phrase.bits;
    if (bits & REMEDY_OPENER) openedUntil = Math.max(openedUntil, openedListEnd(stream, matches, lexicon, item.last + 1));
    if (!(bits & (CUE | RED_FLAG)) || isNegated(item, stream, matches, lexicon, scopes)) continue;
    if (item.phrase.cues.length > 0 && !triedMarked) {
      tried = markTriedLists(stream, matches, lexicon);
      triedMarked = true;
    }
    if (!tried?.[item.first] && item.first >= openedUntil) {
      for (const { cause, check } of item.phrase.cues) {
        if (!check || check(stream, item.first, item.last)) causes.push(toCue(item, stream, cause));
      }
    }
    if (item.phrase.flags.length === 0) continue;
    hypothetical ??= markHypothetical(stream, matches, lexicon);
    if (hypothetical[item.first]) continue;
    advice ??= adviceReader(stream);
    if (advice(item.first) && !ownedByWriter(stream, lexicon, item.first, item.last)) continue;
    for (const { flag, check } of item.phrase.flags) {
      if (!check || check(stream, item.first, item.last)) redFlags.push(toRedFlagCue(item, stream, flag));
    }
  }
  return { causes, redFlags };
}

function isNegated(item: PhraseMatch, stream: TokenStream, matches: Matches, lexicon: Lexicon, scopes: NegationScopes): boolean {
  if (scopes.preNegated[item.first]) return true;
  const before = item.first > 0 ? stream.ids[item.first - 1]! : -1;
  if (before > 0 && matches.itemAt[item.first - 1]! < 0 && lexicon.flags[before]! & NEGATIVE) return true;
  return scopes.followedBy(item.last, NEG_POST | RESOLUTION, POST_NEGATION_WORDS);
}

// Object literals of one fixed shape (no spread): these are built per cue on every post.
function toCue(item: PhraseMatch, stream: TokenStream, cause: CauseId): CauseCue {
  const start = stream.starts[item.first]!;
  const end = stream.ends[item.last]!;
  return { start, end, text: stream.text.slice(start, end), key: item.phrase.key, sentence: stream.sentences[item.first]!, paragraph: stream.paragraphs[item.first]!, cause };
}

function toRedFlagCue(item: PhraseMatch, stream: TokenStream, flag: RedFlagId): RedFlagCue {
  const start = stream.starts[item.first]!;
  const end = stream.ends[item.last]!;
  return { start, end, text: stream.text.slice(start, end), key: item.phrase.key, sentence: stream.sentences[item.first]!, paragraph: stream.paragraphs[item.first]!, flag, first: item.first, last: item.last };
}
