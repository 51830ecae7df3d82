// Keeps the red flags that are the writer's own (or those of the person they post for) and
// present now: not someone else's story ("my uncle had night sweats"), not a past event
// ("had a fall years ago as a kid", "severe sciatica 3 years ago", "numb for weeks last spring") and not a safety net ("come
// back if I get any numbness"). A past cancer is the
// point of its flag, and a long-standing condition or pattern is its own flag's history.
import * as lexiconFlags from '../detector/lexicon';
import type { FoundMention } from '../detector/findMentions';
import type { Lexicon } from '../detector/lexicon';
import type { TokenStream } from '../detector/tokenize';
import * as wordIndex from '../detector/wordIndex';
import type { RedFlagId } from '../vocabulary';
import type { RedFlagCue } from './collectCues';
import {
  LAST_UNITS,
  LONG_AGO_UNITS,
  OTHER_PEOPLE_WORDS,
  PAST_LIFE_WORDS,
  PRESENT_BEFORE,
  PRESENT_TURNS,
  PROXY_VERBS,
  PROXY_WORDS,
  YOUNGER_SELF,
  YOUNGER_SELF_LEADS,
} from './lexicon/redFlagOwners';
import { wordSet, wordSetSkippingApostrophes, type WordTest } from './wordSet';

const { FIRST_PERSON } = lexiconFlags;
const { NUMBER_WORD } = wordIndex;

const isOtherPerson = wordSetSkippingApostrophes(OTHER_PEOPLE_WORDS);
const isProxyWord = wordSet(PROXY_WORDS);
const isProxyVerb = wordSet(PROXY_VERBS);
const isLongAgoUnit = wordSet(LONG_AGO_UNITS);
const isAgo = wordSet(['ago']);
const isLast = wordSet(['last']);
const isLastUnit = wordSet(LAST_UNITS);
const isMy = wordSet(['my']);
const isAnyOrEver = wordSet(['any', 'ever']);
const isIn = wordSet(['in']);
const isIf = wordSet(['if', 'unless']);
const isFor = wordSet(['for']);
const isA = wordSet(['a', 'an']);
const isYoungerSelf = wordSet(YOUNGER_SELF);
const isYoungerLead = wordSet(YOUNGER_SELF_LEADS);
const isPastLife = wordSet(PAST_LIFE_WORDS);
const isPresentTurn = wordSet(PRESENT_TURNS);
const isPresentBefore = wordSet(PRESENT_BEFORE);
/** Any word the past-event rule reads: most words are none, and one test turns them away. */
const isTimeWord = wordSet(['ago', 'in', ...LAST_UNITS, ...PAST_LIFE_WORDS, ...YOUNGER_SELF, ...PRESENT_TURNS, ...PRESENT_BEFORE]);

/** How far back, in words, the owner of a symptom is looked for ("my uncle had bad night sweats"). */
const OWNER_REACH = 10;
/** A mention's owner may open a long sentence: "my dad (74) … has had mid back pain since". */
const MENTION_OWNER_REACH = 25;
/** How far either side, in words, a past time is looked for within the clause. */
const PAST_REACH_BACK = 20;
const PAST_REACH_AHEAD = 10;
/** How far back, in words, an "if … any" safety net is looked for ("if I get any night pain, numbness …"). */
const SAFETY_NET_REACH = 25;

/** Flags whose cue is itself a history or a long-standing state ("osteopenia found last year"). */
const TIMELESS: ReadonlySet<RedFlagId> = new Set<RedFlagId>(['cancer-history', 'steroids-osteoporosis']);

const enum Owner {
  None,
  Writer,
  Other,
}

export function keepWritersOwnNow(stream: TokenStream, lexicon: Lexicon, cues: readonly RedFlagCue[], mentions: readonly FoundMention[]): RedFlagCue[] {
  // Whether the post is for someone else is asked only once a cue is another person's.
  let proxy: boolean | undefined;
  const kept: RedFlagCue[] = [];
  for (const cue of cues) {
    if (inSafetyNet(stream, cue.first)) continue;
    if (!TIMELESS.has(cue.flag) && inPastEvent(stream, cue.first, cue.last)) continue;
    if (ownerBefore(stream, lexicon, cue.first, cue.last, cue.first - 1) === Owner.Other && !(proxy ??= postedForSomeoneElse(stream, lexicon, mentions))) continue;
    kept.push(cue);
  }
  return kept;
}

/**
 * The nearest person before a red flag (or within its words) in its sentence: "my uncle had
 * night sweats" is the uncle's, "my dad had cancer and I have night sweats" the writer's. Before
 * the flag, "my" belongs to the noun after it ("a guy at my club had a fever"), so only a
 * pronoun ("I", "me") or a "my" within or right before the words tells the writer ("my partner
 * says my back looks crooked").
 */
function ownerBefore(stream: TokenStream, lexicon: Lexicon, first: number, last: number, ownFrom: number, reach = OWNER_REACH): Owner {
  const sentence = stream.sentences[first]!;
  for (let t = last; t >= 0 && t >= first - reach && stream.sentences[t] === sentence; t--) {
    const owner = ownerAt(stream, lexicon, t, t >= ownFrom);
    if (owner !== Owner.None) return owner;
  }
  return Owner.None;
}

function ownerAt(stream: TokenStream, lexicon: Lexicon, t: number, possessiveCounts: boolean): Owner {
  const { text, starts, ends, ids } = stream;
  const id = ids[t]!;
  if (id < 0) return Owner.None;
  if (id > 0 && lexicon.flags[id]! & FIRST_PERSON) return possessiveCounts || !isMy(text, starts[t]!, ends[t]!) ? Owner.Writer : Owner.None;
  return isOtherPerson(text, starts[t]!, ends[t]!) ? Owner.Other : Owner.None;
}

/**
 * Is the post about someone else's back: "posting for my running buddy", or the first active
 * mention another person's ("my husband has lower back pain") and none the writer's?
 */
function postedForSomeoneElse(stream: TokenStream, lexicon: Lexicon, mentions: readonly FoundMention[]): boolean {
  const { text, starts, ends, count } = stream;
  for (let t = 0; t < count; t++) {
    if (stream.ids[t]! < 0) continue;
    if (isProxyWord(text, starts[t]!, ends[t]!)) return true;
    if (t + 1 < count && isProxyVerb(text, starts[t]!, ends[t]!) && isFor(text, starts[t + 1]!, ends[t + 1]!)) return true;
  }
  let firstOwner = Owner.None;
  for (let m = 0; m < mentions.length; m++) {
    const token = mentions[m]!.firstToken;
    const owner = ownerBefore(stream, lexicon, token, token, token - 1, MENTION_OWNER_REACH);
    if (owner === Owner.Writer) return false;
    if (m === 0) firstOwner = owner;
  }
  return firstOwner === Owner.Other;
}

/**
 * Is the red flag what may come, not what is: "come back if I get any night pain or numbness",
 * "if I ever lose feeling"? An "if" with "any" or "ever" before the flag, in its sentence.
 */
function inSafetyNet(stream: TokenStream, first: number): boolean {
  const sentence = stream.sentences[first]!;
  let anyOrEver = false;
  for (let t = first - 1; t >= 0 && t >= first - SAFETY_NET_REACH && stream.sentences[t] === sentence; t--) {
    if (isWord(stream, t, isAnyOrEver)) anyOrEver = true;
    else if (isWord(stream, t, isIf)) return anyOrEver;
  }
  return false;
}

/**
 * Is a past time ("years ago", "as a kid") in the red flag's clause, with no turn to the present
 * between? Back from the flag across commas ("sciatica 3 years ago, severe"), ahead up to one.
 */
function inPastEvent(stream: TokenStream, first: number, last: number): boolean {
  const { sentences, count } = stream;
  const sentence = sentences[first]!;
  for (let t = first - 1; t >= 0 && t >= first - PAST_REACH_BACK && sentences[t] === sentence; t--) {
    if (!isWord(stream, t, isTimeWord) && stream.ids[t] !== NUMBER_WORD) continue;
    if (isWord(stream, t, isPresentTurn) || isWord(stream, t, isPresentBefore)) break;
    if (pastAt(stream, t)) return true;
  }
  for (let t = first; t < count && t <= last + PAST_REACH_AHEAD && sentences[t] === sentence; t++) {
    if (t > last && stream.ids[t]! < 0) break;
    if (!isWord(stream, t, isTimeWord) && stream.ids[t] !== NUMBER_WORD) continue;
    if (t > last && isWord(stream, t, isPresentTurn)) break;
    if (pastAt(stream, t)) return true;
  }
  return false;
}

function pastAt(stream: TokenStream, t: number): boolean {
  if (stream.ids[t]! < 0) return false;
  if (isWord(stream, t, isAgo)) return t > 0 && isWord(stream, t - 1, isLongAgoUnit);
  if (isWord(stream, t, isLastUnit)) return t > 0 && isWord(stream, t - 1, isLast);
  if (isWord(stream, t, isPastLife)) return true;
  if (isYear(stream, t)) return t > 0 && isWord(stream, t - 1, isIn);
  return t > 1 && isWord(stream, t, isYoungerSelf) && isWord(stream, t - 1, isA) && isWord(stream, t - 2, isYoungerLead);
}

function isWord(stream: TokenStream, t: number, test: WordTest): boolean {
  return stream.ids[t]! >= 0 && test(stream.text, stream.starts[t]!, stream.ends[t]!);
}

/** "the crash in 2015": a year, told with "in", is a time gone by. */
function isYear(stream: TokenStream, t: number): boolean {
  const { text, starts, ends } = stream;
  if (stream.ids[t]! < 0 || ends[t]! - starts[t]! !== 4) return false;
  const century = text.slice(starts[t]!, starts[t]! + 2);
  return (century === '19' || century === '20') && /^[0-9]{4}$/.test(text.slice(starts[t]!, ends[t]!));
}
