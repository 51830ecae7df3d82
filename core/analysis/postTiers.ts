// A red flag's tier in this post: its default (core/redFlagTiers.ts) unless the words around it
// move it. Numbness in both legs or a weakness that grows is an emergency, tingling down one leg
// soon; a crash or a fall from a height is an emergency, a minor fall the same day with weak
// bones or at over 50 and soon otherwise; a past cancer with nerve or bladder signs is an
// emergency; night pain that settles when turning over is soon; pain worse by the hour or that
// stops all movement is an emergency.
import * as lexiconFlags from '../detector/lexicon';
import type { Lexicon } from '../detector/lexicon';
import type { TokenStream } from '../detector/tokenize';
import type { RedFlagHit } from '../types';
import type { RedFlagId, RedFlagTier } from '../vocabulary';
import type { RedFlagCue } from './collectCues';
import { BOTH_SIDES, BY_THE_HOUR, FRAGILE_BONES, GROWING, HIGH_ENERGY, MOTOR, ONE_SIDE, SETTLING } from './lexicon/tierWords';
import { saysOver50 } from './statedAge';
import { wordSet, type WordTest } from './wordSet';

const { NEGATIVE } = lexiconFlags;

const isBothSides = wordSet(BOTH_SIDES);
const isGrowing = wordSet(GROWING);
const isOneSide = wordSet(ONE_SIDE);
const isMotor = wordSet(MOTOR);
const isHighEnergy = wordSet(HIGH_ENERGY);
const isFragile = wordSet(FRAGILE_BONES);
const isSettling = wordSet(SETTLING);
const isByTheHour = wordSet(BY_THE_HOUR);
const isAt = wordSet(['at']);
const isAll = wordSet(['all']);

/** How far either side of a cue, in words of its sentence, its tier's words are looked for. */
const REACH = 12;
/** How far back a "no" or "not" denies a word ("no worse", "not getting worse"). */
const DENIAL_REACH = 2;

/** Nerve and bladder signs that make a past cancer an emergency (spinal cord compression). */
const NERVE_SIGNS: readonly RedFlagId[] = ['numbness-weakness', 'bladder-bowel'];

interface Context {
  stream: TokenStream;
  lexicon: Lexicon;
  cues: readonly RedFlagCue[];
  hits: readonly RedFlagHit[];
}

export function tiersInPost(hits: RedFlagHit[], cues: readonly RedFlagCue[], stream: TokenStream, lexicon: Lexicon): RedFlagHit[] {
  const context: Context = { stream, lexicon, cues, hits };
  for (const hit of hits) hit.tier = tierOf(hit.id, hit.tier, context);
  return hits;
}

function tierOf(flag: RedFlagId, tier: RedFlagTier, context: Context): RedFlagTier {
  switch (flag) {
    case 'numbness-weakness':
      return numbnessTier(tier, context);
    case 'trauma':
      return traumaTier(context);
    case 'cancer-history':
      return context.hits.some((hit) => NERVE_SIGNS.includes(hit.id)) ? 'emergency' : tier;
    case 'night-pain':
      return anyCue(context, flag, (cue) => near(context, cue, isSettling, true)) ? 'soon' : tier;
    case 'severe-worsening':
      return anyCue(context, flag, (cue) => near(context, cue, isByTheHour, true) || atAll(context, cue)) ? 'emergency' : tier;
    default:
      return tier;
  }
}

function numbnessTier(tier: RedFlagTier, context: Context): RedFlagTier {
  const flag = 'numbness-weakness';
  if (anyCue(context, flag, (cue) => near(context, cue, isBothSides, true) || near(context, cue, isGrowing, true))) return 'emergency';
  const motor = anyCue(context, flag, (cue) => near(context, cue, isMotor, true));
  if (!motor && anyCue(context, flag, (cue) => near(context, cue, isOneSide, true) || steady(context, cue))) return 'soon';
  return tier;
}

function traumaTier(context: Context): RedFlagTier {
  if (anyCue(context, 'trauma', (cue) => near(context, cue, isHighEnergy, true))) return 'emergency';
  const { stream } = context;
  const fragile = context.hits.some((hit) => hit.id === 'steroids-osteoporosis') || postHas(stream, isFragile);
  return fragile || saysOver50(stream) ? 'same-day' : 'soon';
}

function anyCue(context: Context, flag: RedFlagId, test: (cue: RedFlagCue) => boolean): boolean {
  for (const cue of context.cues) if (cue.flag === flag && test(cue)) return true;
  return false;
}

/**
 * Is one of the words in the cue's sentence, within REACH words of it (or, with `inCue`, in the
 * cue itself too), and not denied ("no worse")?
 */
function near(context: Context, cue: RedFlagCue, test: WordTest, inCue: boolean): boolean {
  const { stream } = context;
  const sentence = stream.sentences[cue.first]!;
  const from = Math.max(0, cue.first - REACH);
  const to = Math.min(stream.count - 1, cue.last + REACH);
  for (let t = from; t <= to; t++) {
    if (stream.sentences[t] !== sentence || (!inCue && t >= cue.first && t <= cue.last)) continue;
    if (isWord(stream, t, test) && !denied(context, t)) return true;
  }
  return false;
}

/** "no worse", "not getting worse", "hasn't spread": a growing word denied is a steady state. */
function steady(context: Context, cue: RedFlagCue): boolean {
  const { stream } = context;
  const sentence = stream.sentences[cue.first]!;
  for (let t = Math.max(0, cue.first - REACH); t <= Math.min(stream.count - 1, cue.last + REACH); t++) {
    if (stream.sentences[t] === sentence && isWord(stream, t, isGrowing) && denied(context, t)) return true;
  }
  return false;
}

function denied(context: Context, t: number): boolean {
  const { stream, lexicon } = context;
  for (let u = t - 1; u >= 0 && u >= t - DENIAL_REACH; u--) {
    const id = stream.ids[u]!;
    if (id > 0 && lexicon.flags[id]! & NEGATIVE) return true;
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
