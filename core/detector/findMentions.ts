// Links body locations to pain words into mentions. Consecutive location/pain
// phrases join one cluster while the words between them are few and harmless
// (fillers like "my", "is", "really"); punctuation, "but", a trap phrase or
// another body part ("knee") breaks the link. A cluster with a location and a
// pain (or resolution: "back felt fine") word is a mention. A pain score is a pain
// word, or at 0 a resolution ("Back: 0/10").
import type { Mention } from '../types';
import { conditionalAbsence, frontedWithout } from './conditionalAbsence';
import { tokenIsOneOf } from './tokenWord';
import type { Region } from '../vocabulary';
import * as lexiconFlags from './lexicon';
import type { Lexicon } from './lexicon';
import type { Matches, PhraseMatch } from './matchPhrases';
import type { NegationScopes } from './negationScope';
import * as scores from './painScore';
import * as roles from './roles';
import type { Phrase } from './roles';
import * as tokens from './tokenize';
import type { TokenStream } from './tokenize';

// Local copies of imported constants (see tokenize.ts).
const BACK_VERB = lexiconFlags.BACK_VERB;
const BREAK = lexiconFlags.BREAK;
const COORDINATOR = lexiconFlags.COORDINATOR;
const COPULA = lexiconFlags.COPULA;
const FILLER = lexiconFlags.FILLER;
const NEGATIVE = lexiconFlags.NEGATIVE;
const PAIN_NOUN = lexiconFlags.PAIN_NOUN;
const HYPOTHETICAL = roles.HYPOTHETICAL;
const LOCATION = roles.LOCATION;
const NEG_POST = roles.NEG_POST;
const NEG_PRE = roles.NEG_PRE;
const OTHER_BODY = roles.OTHER_BODY;
const PAIN = roles.PAIN;
const RESOLUTION = roles.RESOLUTION;
const SCORE = roles.SCORE;
const TRAP = roles.TRAP;
const WHOLE = roles.WHOLE;
const SCORED_NO_PAIN = scores.SCORED_NO_PAIN;
const SCORED_PAIN = scores.SCORED_PAIN;
const painScore = scores.painScore;
const CLAUSE_TOKEN = tokens.CLAUSE_TOKEN;
const PARAGRAPH_TOKEN = tokens.PARAGRAPH_TOKEN;
const SENTENCE_TOKEN = tokens.SENTENCE_TOKEN;

const COLON = 58;
const COMMA = 44;
const QUESTION_MARK = 63;
/** Fillers allowed before a label or a one-mention question ("My lower back: fine", "Any back pain?"). */
const LEAD_FILLERS = 2;
const MAX_GAP_WORDS = 8;
const MAX_GAP_CONTENT_WORDS = 3;
const POST_NEGATION_WORDS = 10;
/** Words before another body part where its coordinator may sit (see coordinatedBefore). */
const COORDINATED_REACH = 5;
/** Words before a mention where its "used to" may sit ("I used to get back pain"). */
const USED_TO_REACH = 4;
/** After "used to", the verbs of having a pain (not "I used to think back pain…"). */
const isHadPain = tokenIsOneOf(['get', 'have', 'suffer', 'feel', 'be', 'struggle']);
const isUsed = tokenIsOneOf(['used']);
const isTo = tokenIsOneOf(['to']);
const isIt = tokenIsOneOf(['it', 'its']);

export interface FoundMention extends Mention {
  firstToken: number;
  lastToken: number;
}

/** What a matched phrase means for mentions: its own roles, or its first word's. */
function mentionPhrase(item: PhraseMatch): Phrase {
  return item.head ?? item.phrase;
}

interface Cluster {
  first: PhraseMatch;
  last: PhraseMatch;
  hasLocation: boolean;
  hasPain: boolean;
  hasResolution: boolean;
  region: Region;
  negatedInside: boolean;
  /** Opened in the sentence of the mention just found: "mid back burning, right between my shoulder blades". */
  restates: boolean;
}

// What the words between two phrases hold (see `gap`): bits, or BROKEN_LINK. A number, not an
// object, since a gap is read for every pair of neighbouring phrases.
const BROKEN_LINK = -1;
const COORDINATED_GAP = 1;
const NEGATIVE_GAP = 2;

export class MentionFinder {
  constructor(
    private readonly stream: TokenStream,
    private readonly matches: Matches,
    private readonly lexicon: Lexicon,
    private readonly scopes: NegationScopes,
  ) {}

  find(): FoundMention[] {
    this.dropAdverbialBacks();
    this.readScores();
    const found: FoundMention[] = [];
    let cluster: Cluster | null = null;
    for (const item of this.matches.items) {
      const bits = mentionPhrase(item).bits;
      if (item.dropped || !(bits & (LOCATION | WHOLE | PAIN | RESOLUTION))) continue;
      if (cluster && this.joins(cluster, item)) continue;
      if (cluster) this.emit(cluster, found);
      // A resolution word only ever follows its location ("back felt fine").
      cluster = bits & (LOCATION | WHOLE | PAIN) ? this.open(item, found.at(-1)) : null;
    }
    if (cluster) this.emit(cluster, found);
    return found;
  }

  /**
   * "came back", "laid-back", "cut back": the word before makes "back" an adverb, except
   * before a pain noun ("I get back pain", not "came back pain-free") or, after a copula,
   * any pain word or pain noun ("is back sore", "are back pain free").
   */
  private dropAdverbialBacks(): void {
    const { ids, count } = this.stream;
    const { items, itemAt } = this.matches;
    const flags = this.lexicon.flags;
    for (const item of items) {
      if (!item.phrase.ambiguous || item.first === 0) continue;
      const before = ids[item.first - 1]!;
      if (before <= 0 || !(flags[before]! & BACK_VERB)) continue;
      const after = item.last + 1 < count ? ids[item.last + 1]! : -1;
      const nounFollows = after > 0 && (flags[after]! & PAIN_NOUN) !== 0;
      const next = itemAt[item.last + 1] ?? -1;
      const painFollows = next >= 0 && (mentionPhrase(items[next]!).bits & PAIN) !== 0;
      const body = flags[before]! & COPULA ? painFollows || nounFollows : painFollows && nounFollows;
      if (!body) item.dropped = true;
    }
  }

  /** A pain score stands for a pain word or a resolution by its value; a number that is no score is dropped. */
  private readScores(): void {
    for (const item of this.matches.items) {
      if (!(item.phrase.bits & SCORE)) continue;
      const score = painScore(this.stream, item.first, item.last);
      if (score < 0) item.dropped = true;
      else item.phrase = score === 0 ? SCORED_NO_PAIN : SCORED_PAIN;
    }
  }

  private open(item: PhraseMatch, previous: FoundMention | undefined): Cluster {
    const phrase = mentionPhrase(item);
    const bits = phrase.bits;
    const { sentences } = this.stream;
    return {
      first: item,
      last: item,
      hasLocation: (bits & (LOCATION | WHOLE)) !== 0,
      hasPain: (bits & (PAIN | WHOLE)) !== 0,
      hasResolution: false,
      region: bits & (LOCATION | WHOLE) ? phrase.region : 'unspecified',
      negatedInside: false,
      restates: previous !== undefined && sentences[previous.lastToken] === sentences[item.first],
    };
  }

  private joins(cluster: Cluster, item: PhraseMatch): boolean {
    const phrase = mentionPhrase(item);
    const lastPhrase = mentionPhrase(cluster.last);
    const bits = phrase.bits;
    const isLocation = (bits & (LOCATION | WHOLE)) !== 0;
    const complete = cluster.hasLocation && (cluster.hasPain || cluster.hasResolution);
    const weak = (!isLocation && bits & PAIN && phrase.weak) || (lastPhrase.bits & PAIN && lastPhrase.weak);
    const lead = !cluster.hasPain && this.leadsSentence(cluster.first.first);
    const label = lead && cluster.first === cluster.last;
    // "Centre of my back, right between the shoulder blades, aches": a location restated after a comma.
    const appositive = lead && (isLocation || cluster.first !== cluster.last);
    // "…except my upper back. It has been driving me mad": a location alone, then "it" opens the next
    // sentence or clause and says how it hurts (not that it is fine: "a question about my back: it is fine"),
    // unless the location only restated the mention just before it.
    const pronoun = cluster.hasLocation && !cluster.hasPain && !cluster.hasResolution && !cluster.restates && (bits & PAIN) !== 0;
    // "an ache in the back between both shoulder blades": a landmark after a bare back names its region,
    // after a comma too once the mention is whole ("my back is killing me, just above the belt").
    const landmark = cluster.region === 'unspecified' && phrase.region !== 'unspecified';
    const afterComma = complete && isLocation && landmark;
    const gap = this.gap(cluster.last.last, item.first, !complete, weak ? 0 : MAX_GAP_CONTENT_WORDS, label, appositive || afterComma, pronoun);
    if (gap === BROKEN_LINK) return false;
    const negative = (gap & NEGATIVE_GAP) !== 0;
    // "my lower back hurts and my upper back is tight" is two mentions;
    // "back pain between my shoulder blades" is one, and so is a bare back and its landmark (above).
    if (complete && isLocation && (gap & COORDINATED_GAP || bits & WHOLE || !(landmark || lastPhrase.bits & (PAIN | RESOLUTION)))) {
      return false;
    }
    // "not strong", "not fine": a denied resolution is no resolution (and no negation).
    const onlyResolution = (bits & (LOCATION | WHOLE | PAIN)) === 0;
    if (onlyResolution && negative) return true;
    cluster.last = item;
    cluster.negatedInside ||= negative;
    if (isLocation) {
      cluster.hasLocation = true;
      // "upper back between the blades" is the mid back: the blades say where.
      if (cluster.region === 'unspecified' || (cluster.region === 'upper' && phrase.region === 'mid')) cluster.region = phrase.region;
    }
    if (bits & (PAIN | WHOLE)) cluster.hasPain = true;
    if (bits & RESOLUTION && !(bits & PAIN)) cluster.hasResolution = true;
    return true;
  }

  /**
   * The words strictly between two tokens, or BROKEN_LINK when they break the link.
   * After a location that labels a note ("Lower back: fine", "Lower back? Fine"), a colon or a question mark links; in an
   * appositive, a comma does. After a location alone, a sentence or clause break links to a pain word
   * when "it" opens what follows and only fillers lead to the pain ("my upper back. It's been killing me").
   */
  private gap(from: number, to: number, allowCoordinatedBody: boolean, maxContentWords: number, label: boolean, appositive: boolean, pronoun: boolean): number {
    const { ids, starts, text } = this.stream;
    const { items, itemAt } = this.matches;
    const flags = this.lexicon.flags;
    let words = 0;
    let content = 0;
    let holds = 0;
    let crossed = false;
    for (let t = from + 1; t < to; t++) {
      const id = ids[t]!;
      if (id < 0 && label && t === from + 1 && this.labelMark(id, text.charCodeAt(starts[t]!))) continue;
      if ((id === SENTENCE_TOKEN || id === CLAUSE_TOKEN) && pronoun && t === from + 1 && isIt(this.stream, t + 1)) {
        crossed = true;
        continue;
      }
      if (id === CLAUSE_TOKEN && appositive && text.charCodeAt(starts[t]!) === COMMA) continue;
      if (id < 0 || ++words > MAX_GAP_WORDS) return BROKEN_LINK;
      const k = itemAt[t]!;
      if (k >= 0) {
        const item = items[k]!;
        const bits = item.phrase.bits;
        if (item.dropped || bits & (TRAP | HYPOTHETICAL)) return BROKEN_LINK;
        if (bits & OTHER_BODY) {
          if (!allowCoordinatedBody || !this.nextToCoordinator(item)) return BROKEN_LINK;
        } else if (bits & NEG_PRE) {
          holds |= NEGATIVE_GAP;
        } else if (!(bits & NEG_POST)) {
          content++;
        }
        t = item.last;
        continue;
      }
      const f = flags[id]!;
      if (f & BREAK) return BROKEN_LINK;
      if (f & NEGATIVE) holds |= NEGATIVE_GAP;
      else if (f & COORDINATOR) holds |= COORDINATED_GAP;
      else if (!(f & FILLER)) content++;
    }
    return content > (crossed ? 0 : maxContentWords) ? BROKEN_LINK : holds;
  }

  /** "Lower back: fine", "Lower back? Fine.": the mark after a location that labels a note. */
  private labelMark(id: number, char: number): boolean {
    return (id === CLAUSE_TOKEN && char === COLON) || (id === SENTENCE_TOKEN && char === QUESTION_MARK);
  }

  /** "back and knee pain", "sore knees and back". */
  private nextToCoordinator(item: PhraseMatch): boolean {
    return this.coordinatedBefore(item.first) || this.isWordWith(item.last + 1, COORDINATOR);
  }

  /**
   * A coordinator just before token `first`, over fillers and at most one other plain word:
   * "and knee", "and my knee", "and the tops of my shoulders", "and the base of my neck".
   */
  private coordinatedBefore(first: number): boolean {
    const { ids } = this.stream;
    let plain = 0;
    for (let t = first - 1; t >= 0 && t >= first - COORDINATED_REACH; t--) {
      const id = ids[t]!;
      // (An unknown word, id 0, is a plain word.)
      if (id < 0 || this.matches.itemAt[t]! >= 0) return false;
      const f = this.lexicon.flags[id]!;
      if (f & COORDINATOR) return true;
      if (!(f & FILLER) && ++plain > 1) return false;
    }
    return false;
  }

  /** Is token `t` a word with one of the grammatical `flags`? (A method, not a closure per call: this runs per body part.) */
  private isWordWith(t: number, flags: number): boolean {
    const { ids, count } = this.stream;
    return t >= 0 && t < count && ids[t]! > 0 && (this.lexicon.flags[ids[t]!]! & flags) !== 0;
  }

  private emit(cluster: Cluster, found: FoundMention[]): void {
    const isMention = cluster.hasLocation && (cluster.hasPain || cluster.hasResolution);
    if (!isMention) return;
    const { text, starts, ends } = this.stream;
    const firstToken = cluster.first.first;
    const lastToken = mentionPhrase(cluster.last) === cluster.last.phrase ? cluster.last.last : cluster.last.first;
    const start = starts[firstToken]!;
    const end = ends[lastToken]!;
    found.push({
      start,
      end,
      text: text.slice(start, end),
      region: cluster.region,
      status: this.isNegated(cluster, firstToken, lastToken) ? 'negated' : 'active',
      firstToken,
      lastToken,
    });
  }

  /** Is `token` the first word of its sentence, but for a few fillers? */
  private leadsSentence(token: number): boolean {
    const { ids } = this.stream;
    const flags = this.lexicon.flags;
    for (let t = token - 1; t >= token - 1 - LEAD_FILLERS; t--) {
      if (t < 0 || ids[t]! < 0) return true;
      if (this.matches.itemAt[t]! >= 0 || !(flags[ids[t]!]! & FILLER)) return false;
    }
    return false;
  }

  /** "Lower back pain? Never had it.": a mention asked about alone, answered with a negation. */
  private answeredNo(firstToken: number, lastToken: number): boolean {
    const { ids, starts, text, count } = this.stream;
    const mark = lastToken + 1;
    const answer = lastToken + 2;
    if (answer >= count || (ids[mark] !== SENTENCE_TOKEN && ids[mark] !== PARAGRAPH_TOKEN)) return false;
    if (text.charCodeAt(starts[mark]!) !== QUESTION_MARK || !this.leadsSentence(firstToken)) return false;
    const k = this.matches.itemAt[answer]!;
    if (k >= 0) return (this.matches.items[k]!.phrase.bits & NEG_PRE) !== 0;
    const id = ids[answer]!;
    return id > 0 && (this.lexicon.flags[id]! & NEGATIVE) !== 0;
  }

  /** "didn't hurt my back", "it wasn't my back that hurt": a negative word at most two fillers before. */
  private negativeJustBefore(firstToken: number): boolean {
    const { ids } = this.stream;
    const flags = this.lexicon.flags;
    for (let t = firstToken - 1; t >= 0 && t >= firstToken - 3; t--) {
      const id = ids[t]!;
      if (id <= 0 || this.matches.itemAt[t]! >= 0) return false;
      if (flags[id]! & NEGATIVE) return true;
      if (!(flags[id]! & FILLER)) return false;
    }
    return false;
  }

  private isNegated(cluster: Cluster, firstToken: number, lastToken: number): boolean {
    return this.deniedOrFine(cluster, firstToken, lastToken) && !conditionalAbsence(this.stream, firstToken, lastToken);
  }

  private deniedOrFine(cluster: Cluster, firstToken: number, lastToken: number): boolean {
    if (cluster.hasResolution || this.answeredNo(firstToken, lastToken)) return true;
    if (cluster.negatedInside && !this.usedToOnly(firstToken, lastToken)) return true;
    if (
      (this.scopes.preNegated[firstToken] || this.negativeJustBefore(firstToken)) &&
      !this.scopes.followedByUntil(lastToken) &&
      !this.usedToOnly(firstToken, lastToken) &&
      !frontedWithout(this.stream, firstToken)
    ) {
      return true;
    }
    return this.scopes.followedBy(lastToken, NEG_POST | RESOLUTION, POST_NEGATION_WORDS);
  }

  /**
   * "My traps used to ache", "I used to get back pain": a past episode is a mention of the pain
   * (active), so "used to" alone does not negate it; with a negative word too it does ("I never
   * used to get back pain"), and so does a resolution after it.
   */
  private usedToOnly(firstToken: number, lastToken: number): boolean {
    const { ids, sentences } = this.stream;
    const flags = this.lexicon.flags;
    const sentence = sentences[firstToken]!;
    let usedTo = false;
    for (let t = Math.max(0, firstToken - USED_TO_REACH); t <= lastToken; t++) {
      if (sentences[t] !== sentence || ids[t]! < 0) continue;
      if (flags[ids[t]!]! & NEGATIVE) return false;
      if (!usedTo && isUsed(this.stream, t) && isTo(this.stream, t + 1)) usedTo = t + 2 >= firstToken || isHadPain(this.stream, t + 2);
    }
    return usedTo;
  }
}
