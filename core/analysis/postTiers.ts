// A red flag's tier in this post: its default (core/redFlagTiers.ts) unless the words around it
// or the other flags move it. Breathlessness on effort for weeks is same-day. Numbness in both
// legs, or a weakness growing by the hour, is an emergency; a weakness of one leg, growing over
// days or not, the same day (a new or progressive deficit: an urgent same-day check, not 999);
// tingling down one leg or a steady sign soon; a crash at speed or a fall from a height is an
// emergency (so is any fall with nerve loss on both sides), a low-speed road accident or a minor
// fall with weak bones or at over 50 the same day, another fall soon; a past cancer with nerve or
// bladder signs is an emergency; night pain that settles on turning or moving is soon; pain worse
// by the hour, that stops all movement, or with dark urine, a tearing pain or bladder loss is an
// emergency.
import * as lexiconFlags from '../detector/lexicon';
import type { Lexicon } from '../detector/lexicon';
import type { TokenStream } from '../detector/tokenize';
import type { RedFlagHit } from '../types';
import type { RedFlagId, RedFlagTier } from '../vocabulary';
import type { RedFlagCue } from './collectCues';
import {
  BOTH_SIDES,
  BOTH_WORDS,
  BY_THE_HOUR,
  EXERTION,
  FOR_WEEKS,
  FRAGILE_BONES,
  GROWING,
  HIGH_ENERGY,
  LOW_SPEED_ROAD,
  MOTOR,
  ONE_SIDE,
  RAPID,
  SETTLING,
  STEADY,
} from './lexicon/tierWords';
import { saysOver50 } from './statedAge';
import { wordSet, type WordTest } from './wordSet';

const { NEGATIVE } = lexiconFlags;

const isBothSides = wordSet(BOTH_SIDES);
const isBothWord = wordSet(BOTH_WORDS);
const isRapid = wordSet(RAPID);
const isGrowing = wordSet(GROWING);
const isOneSide = wordSet(ONE_SIDE);
const isMotor = wordSet(MOTOR);
const isHighEnergy = wordSet(HIGH_ENERGY);
const isFragile = wordSet(FRAGILE_BONES);
const isSettling = wordSet(SETTLING);
const isSteady = wordSet(STEADY);
const isLowSpeedRoad = wordSet(LOW_SPEED_ROAD);
const isByTheHour = wordSet(BY_THE_HOUR);
const isAt = wordSet(['at']);
const isEvery = wordSet(['every', 'any', 'nothing']);
/** Any of the words above: most words are none, and one test turns them away. */
const isTierWord = wordSet([
  ...BOTH_SIDES, ...GROWING, ...ONE_SIDE, ...MOTOR, ...RAPID, ...HIGH_ENERGY, ...LOW_SPEED_ROAD, ...SETTLING, ...BY_THE_HOUR, ...STEADY, ...EXERTION, ...FOR_WEEKS,
]);
const isExertion = wordSet(EXERTION);
const isForWeeks = wordSet(FOR_WEEKS);
const isAll = wordSet(['all']);

/** How far either side of a cue, in words of its sentence, its tier's words are looked for. */
const REACH = 12;
/** How far back a "no" or "not" denies a word ("no worse", "not getting worse"). */
const DENIAL_REACH = 2;

/** Nerve and bladder signs that make a past cancer an emergency (spinal cord compression). */
const NERVE_SIGNS: readonly RedFlagId[] = ['numbness-weakness', 'bladder-bowel'];
/** Signs that make severe pain an emergency: muscle breakdown, a torn artery, the cauda equina. */
const SEVERE_WITH: readonly RedFlagId[] = ['dark-urine', 'tearing-pain', 'bladder-bowel'];

interface Context {
  stream: TokenStream;
  lexicon: Lexicon;
  cues: readonly RedFlagCue[];
  hits: readonly RedFlagHit[];
  /** Each cue's tier words (see tierWordsNear), found once: a flag's rules ask of one cue several times. */
  tierWords: Map<RedFlagCue, number[]>;
}

export function tiersInPost(hits: RedFlagHit[], cues: readonly RedFlagCue[], stream: TokenStream, lexicon: Lexicon): RedFlagHit[] {
  const context: Context = { stream, lexicon, cues, hits, tierWords: new Map() };
  for (const hit of hits) hit.tier = tierOf(hit.id, hit.tier, context);
  return hits;
}

function tierOf(flag: RedFlagId, tier: RedFlagTier, context: Context): RedFlagTier {
  switch (flag) {
    case 'numbness-weakness':
      return numbnessTier(tier, context);
    case 'trauma':
      return traumaTier(context);
    case 'breathing-difficulty':
      // Breathless on the stairs for weeks came on slowly: the same day, not an ambulance.
      return anyCue(context, flag, (cue) => near(context, cue, isExertion) && near(context, cue, isForWeeks)) ? 'same-day' : tier;
    case 'cancer-history':
      return has(context, NERVE_SIGNS) ? 'emergency' : tier;
    case 'night-pain':
      return has(context, ['inflammatory-pattern']) || anyCue(context, flag, (cue) => near(context, cue, isSettling, isEvery)) ? 'soon' : tier;
    case 'severe-worsening':
      return has(context, SEVERE_WITH) || anyCue(context, flag, (cue) => near(context, cue, isByTheHour) || atAll(context, cue)) ? 'emergency' : tier;
    default:
      return tier;
  }
}

function numbnessTier(tier: RedFlagTier, context: Context): RedFlagTier {
  const flag = 'numbness-weakness';
  // Numb in the saddle area too: a cauda equina sign.
  if (has(context, ['bladder-bowel'])) return 'emergency';
  const growing = anyCue(context, flag, (cue) => near(context, cue, isGrowing));
  const both = anyCue(context, flag, (cue) => near(context, cue, isBothSides) || bothNextDoor(context, cue));
  if (growing && (both || anyCue(context, flag, (cue) => near(context, cue, isRapid)))) return 'emergency';
  if (!growing && anyCue(context, flag, (cue) => steady(context, cue))) return 'soon';
  if (both) return 'emergency';
  // "can't lift my foot": the "can't" denies nothing here.
  const motor = growing || anyCue(context, flag, (cue) => near(context, cue, isMotor, undefined, false));
  if (motor) return 'same-day';
  if (anyCue(context, flag, (cue) => near(context, cue, isOneSide))) return 'soon';
  return tier;
}

/** "My legs went weird. Both of them, like pins and needles": "both" in the sentence before or after. */
function bothNextDoor(context: Context, cue: RedFlagCue): boolean {
  const { stream } = context;
  const sentence = stream.sentences[cue.first]!;
  const from = Math.max(0, cue.first - REACH);
  const to = Math.min(stream.count - 1, cue.last + REACH);
  for (let t = from; t <= to; t++) {
    const other = stream.sentences[t]!;
    if (other !== sentence && Math.abs(other - sentence) === 1 && isWord(stream, t, isBothWord)) return true;
  }
  return false;
}

function traumaTier(context: Context): RedFlagTier {
  if (anyCue(context, 'trauma', (cue) => near(context, cue, isHighEnergy))) return 'emergency';
  if (has(context, ['numbness-weakness']) && numbnessTier('same-day', context) === 'emergency') return 'emergency';
  const { stream } = context;
  if (anyCue(context, 'trauma', (cue) => near(context, cue, isLowSpeedRoad))) return 'same-day';
  const fragile = has(context, ['steroids-osteoporosis']) || postHas(stream, isFragile);
  return fragile || saysOver50(stream) ? 'same-day' : 'soon';
}

function has(context: Context, flags: readonly RedFlagId[]): boolean {
  return context.hits.some((hit) => flags.includes(hit.id));
}

function anyCue(context: Context, flag: RedFlagId, test: (cue: RedFlagCue) => boolean): boolean {
  for (const cue of context.cues) if (cue.flag === flag && test(cue)) return true;
  return false;
}

/** The tier words within REACH words of the cue, in its sentence or the next: their tokens (most cues have none). */
function tierWordsNear(context: Context, cue: RedFlagCue): number[] {
  const known = context.tierWords.get(cue);
  if (known) return known;
  const { stream } = context;
  const sentence = stream.sentences[cue.first]!;
  const found: number[] = [];
  for (let t = Math.max(0, cue.first - REACH); t <= Math.min(stream.count - 1, cue.last + REACH); t++) {
    const at = stream.sentences[t]!;
    if ((at === sentence || at === sentence + 1) && isWord(stream, t, isTierWord)) found.push(t);
  }
  context.tierWords.set(cue, found);
  return found;
}

/** Is one of the words in the cue or its sentence, within REACH words of it, and not denied ("no worse")? */
function near(context: Context, cue: RedFlagCue, test: WordTest, alsoDenies?: WordTest, deniable = true): boolean {
  const { stream } = context;
  const sentence = stream.sentences[cue.first]!;
  for (const t of tierWordsNear(context, cue)) {
    if (stream.sentences[t] === sentence && isWord(stream, t, test) && !(deniable && denied(context, t, alsoDenies))) return true;
  }
  return false;
}

/**
 * "no worse", "not getting worse", "unchanged for weeks", "under a surgeon": a steady state, said
 * in the cue's sentence or the next ("numb patch on my shin. Same size, not spreading").
 */
function steady(context: Context, cue: RedFlagCue): boolean {
  const { stream } = context;
  for (const t of tierWordsNear(context, cue)) {
    if ((isWord(stream, t, isGrowing) && denied(context, t)) || (isWord(stream, t, isSteady) && !denied(context, t))) return true;
  }
  return false;
}

/** Is the word at `t` denied: "no worse", "not getting worse" (or, with `alsoDenies`, "tried every position")? */
function denied(context: Context, t: number, alsoDenies?: WordTest): boolean {
  const { stream, lexicon } = context;
  for (let u = t - 1; u >= 0 && u >= t - DENIAL_REACH; u--) {
    const id = stream.ids[u]!;
    if (id > 0 && lexicon.flags[id]! & NEGATIVE) return true;
    if (alsoDenies && isWord(stream, u, alsoDenies)) return true;
  }
  return false;
}

/** "can't move at all". */
function atAll(context: Context, cue: RedFlagCue): boolean {
  const { stream } = context;
  const t = cue.last + 2;
  return t < stream.count && isWord(stream, t, isAll) && isWord(stream, t - 1, isAt);
}

function postHas(stream: TokenStream, test: WordTest): boolean {
  for (let t = 0; t < stream.count; t++) if (isWord(stream, t, test)) return true;
  return false;
}

function isWord(stream: TokenStream, t: number, test: WordTest): boolean {
  return stream.ids[t]! >= 0 && test(stream.text, stream.starts[t]!, stream.ends[t]!);
}
