// The analysis's lexicon entries: cause cues and red flags, folded into the
// same phrase trie as the detector's so one greedy pass reads everything.
import { CAUSE_IDS, RED_FLAG_IDS, type CauseId } from '../vocabulary';
import type { CueCheck, LexiconEntry } from '../detector/roles';
import { PAIN_SCORES } from '../detector/lexicon/painWords';
import {
  CAUSE_CUES,
  CAUSE_TRAPS,
  EVERYDAY_CAUSE_CUES,
  EVERYDAY_CAUSE_TRAPS,
  FALL_WORDS,
  SHOE_CHANGE_WORDS,
  TOO_QUICKLY,
} from './lexicon/causeCues';
import {
  ARCHING,
  BETTER_WORDS,
  COLA_COLOURED,
  CYCLING_SEAT_WORDS,
  DENTAL_NUMB,
  EVERYDAY_RED_FLAG_CUES,
  LOCKED_MORNINGS,
  LOOSE_CLOTHES,
  EVERYDAY_RED_FLAG_TRAPS,
  LEG_MUSCLES,
  BACK_WORDS,
  OFF_FOOD,
  EVERY_MORNING,
  FEVER_READINGS,
  COLD_NUMBNESS_WORDS,
  FEELING_WORDS,
  FOR_MONTHS,
  HARD_TO_BREATHE,
  INTO_CHEST,
  MORNING_STIFFNESS,
  NOT_MINE,
  SPENT_WORDS,
  NOTHING_COMES,
  PAIN_EVER,
  PAIN_KINDS,
  PAIN_MAKES,
  RED_FLAG_CUES,
  RED_FLAG_TRAPS,
  RELATIVE_WORDS,
  SADDLE_NUMBNESS,
  SADDLE_WORDS,
  SEAT_WORDS,
  STIFF_WORDS,
  STIFFNESS_EASES,
  SUPERLATIVES,
  TOILET_MOMENTS,
  TOILET_WORDS,
  UNFELT_URGE,
  ACCIDENT_WORDS,
  URINE_WORDS,
  WEIGHT_WORDS,
  WEIGHT_LOSS_CONTEXT,
  WORSE_AFTER_REST,
} from './lexicon/redFlagCues';
import { precededBy } from './precededBy';
import { notRuledOut, sceneNotRuledOut } from './ruledOut';
import { isFeverReading } from './feverReading';
import { isSevereScore } from './severeScore';
import { youngNearby } from './statedAge';
import { sentenceHas } from './sentenceHas';
import { REMEDY_OPENERS, TRIED_FAILED } from './lexicon/triedFailed';
import { TEMPERATURE_PATTERNS, isColdReading } from './lexicon/temperature';

const all =
  (...checks: CueCheck[]): CueCheck =>
  (stream, first, last) =>
    checks.every((check) => check(stream, first, last));

const not =
  (check: CueCheck): CueCheck =>
  (stream, first, last) =>
    !check(stream, first, last);

/** A hard surface a runner fell on is how they were hurt (trauma), not the impact of running on it. */
const notWhereTheyFell = all(sceneNotRuledOut, sentenceHas(FALL_WORDS, false));
/** Causes a run's scene names, told as where the run went (and maybe went well), not as a habit. */
const SCENES: ReadonlySet<CauseId> = new Set<CauseId>(['hills', 'uneven-terrain', 'treadmill', 'cold-weather', 'humidity']);
const cueCheck = (cause: CauseId): CueCheck => (cause === 'impact' ? notWhereTheyFell : SCENES.has(cause) ? sceneNotRuledOut : notRuledOut);

/** Numb, not cold nor the saddle area's (which is bladder-bowel). */
const numbnessCheck = sentenceHas([...COLD_NUMBNESS_WORDS, ...SADDLE_WORDS], false);

/** Severe, unless the words just before it are the legs' and not the back's. */
const notTheLegs = not(all(precededBy(LEG_MUSCLES, 3), not(precededBy(BACK_WORDS, 5))));

/** Weight, or the clothes that tell it, in the sentence. */
const weightInSentence = sentenceHas([...WEIGHT_WORDS, ...LOOSE_CLOTHES], true);

export function analysisEntries(): LexiconEntry[] {
  return [
    ...CAUSE_IDS.flatMap((cause) =>
      CAUSE_CUES[cause].map((pattern): LexiconEntry => ({ pattern, role: { kind: 'cue', cause, check: cueCheck(cause) } })),
    ),
    ...CAUSE_IDS.flatMap((cause) =>
      (EVERYDAY_CAUSE_CUES[cause] ?? []).map((pattern): LexiconEntry => ({ pattern, role: { kind: 'cue', cause, check: cueCheck(cause) } })),
    ),
    ...TOO_QUICKLY.map((pattern): LexiconEntry => ({
      pattern,
      role: { kind: 'cue', cause: 'training-load', check: all(notRuledOut, sentenceHas(SHOE_CHANGE_WORDS, false)) },
    })),
    ...TEMPERATURE_PATTERNS.map((pattern): LexiconEntry => ({
      pattern,
      role: { kind: 'cue', cause: 'cold-weather', check: (stream, first, last) => isColdReading(stream, first, last) && notRuledOut(stream, first, last) },
    })),
    ...RED_FLAG_IDS.filter((flag) => flag !== 'numbness-weakness' && flag !== 'cancer-history').flatMap((flag) =>
      RED_FLAG_CUES[flag].map((pattern): LexiconEntry => ({ pattern, role: { kind: 'redFlag', flag, check: flag === 'severe-worsening' ? notTheLegs : undefined } })),
    ),
    ...RED_FLAG_IDS.flatMap((flag) =>
      (EVERYDAY_RED_FLAG_CUES[flag] ?? []).map((pattern): LexiconEntry => ({
        pattern,
        role: { kind: 'redFlag', flag, check: flag === 'numbness-weakness' ? numbnessCheck : undefined },
      })),
    ),
    ...OFF_FOOD.map((pattern): LexiconEntry => ({ pattern, role: { kind: 'redFlag', flag: 'weight-loss', check: weightInSentence } })),
    // Numb fingers and toes on a freezing run are the cold, not the spine; a numb saddle area is bladder-bowel.
    ...RED_FLAG_CUES['numbness-weakness'].map((pattern): LexiconEntry => ({
      pattern,
      role: { kind: 'redFlag', flag: 'numbness-weakness', check: numbnessCheck },
    })),
    ...NOT_MINE.map((pattern): LexiconEntry => ({ pattern, role: { kind: 'redFlag', flag: 'numbness-weakness', check: sentenceHas(SPENT_WORDS, false) } })),
    ...RED_FLAG_CUES['cancer-history'].map((pattern): LexiconEntry => ({
      pattern,
      role: { kind: 'redFlag', flag: 'cancer-history', check: sentenceHas(RELATIVE_WORDS, false) },
    })),
    ...TOILET_MOMENTS.map((pattern): LexiconEntry => ({
      pattern,
      role: { kind: 'redFlag', flag: 'bladder-bowel', check: sentenceHas(FEELING_WORDS, true) },
    })),
    ...HARD_TO_BREATHE.map((pattern): LexiconEntry => ({
      pattern,
      role: { kind: 'redFlag', flag: 'breathing-difficulty', check: not(precededBy(PAIN_MAKES, 2)) },
    })),
    ...INTO_CHEST.map((pattern): LexiconEntry => ({ pattern, role: { kind: 'redFlag', flag: 'chest-pain', check: sentenceHas(PAIN_KINDS, true) } })),
    ...COLA_COLOURED.map((pattern): LexiconEntry => ({ pattern, role: { kind: 'redFlag', flag: 'dark-urine', check: sentenceHas(URINE_WORDS, true) } })),
    ...SADDLE_NUMBNESS.flatMap((pattern): LexiconEntry[] => [
      { pattern, role: { kind: 'redFlag', flag: 'bladder-bowel', check: sentenceHas(CYCLING_SEAT_WORDS, false) } },
      { pattern, role: { kind: 'redFlag', flag: 'numbness-weakness', check: sentenceHas(CYCLING_SEAT_WORDS, false) } },
    ]),
    ...DENTAL_NUMB.flatMap((pattern): LexiconEntry[] => [
      { pattern, role: { kind: 'redFlag', flag: 'numbness-weakness' } },
      { pattern, role: { kind: 'redFlag', flag: 'bladder-bowel', check: sentenceHas(SEAT_WORDS, true) } },
    ]),
    ...FEVER_READINGS.map((pattern): LexiconEntry => ({ pattern, role: { kind: 'redFlag', flag: 'fever-unwell', check: isFeverReading } })),
    ...EVERY_MORNING.map((pattern): LexiconEntry => ({
      pattern,
      role: { kind: 'redFlag', flag: 'inflammatory-pattern', check: all(sentenceHas(STIFF_WORDS, true), sentenceHas(STIFFNESS_EASES, true, true), sentenceHas(FOR_MONTHS, true)) },
    })),
    ...WORSE_AFTER_REST.map((pattern): LexiconEntry => ({ pattern, role: { kind: 'redFlag', flag: 'inflammatory-pattern', check: sentenceHas(BETTER_WORDS, true, true) } })),
    ...NOTHING_COMES.map((pattern): LexiconEntry => ({ pattern, role: { kind: 'redFlag', flag: 'bladder-bowel', check: sentenceHas(TOILET_WORDS, true) } })),
    ...UNFELT_URGE.map((pattern): LexiconEntry => ({ pattern, role: { kind: 'redFlag', flag: 'bladder-bowel', check: sentenceHas(ACCIDENT_WORDS, true) } })),
    ...[...MORNING_STIFFNESS, ...LOCKED_MORNINGS].map((pattern): LexiconEntry => ({
      pattern,
      role: { kind: 'redFlag', flag: 'inflammatory-pattern', check: all(sentenceHas(STIFFNESS_EASES, true, true), sentenceHas(FOR_MONTHS, true)) },
    })),
    ...ARCHING.map((pattern): LexiconEntry => ({ pattern, role: { kind: 'redFlag', flag: 'stress-fracture-signs', check: youngNearby } })),
    ...WEIGHT_LOSS_CONTEXT.map((pattern): LexiconEntry => ({
      pattern,
      role: { kind: 'redFlag', flag: 'weight-loss', check: weightInSentence },
    })),
    ...PAIN_EVER.map((pattern): LexiconEntry => ({
      pattern,
      role: { kind: 'redFlag', flag: 'severe-worsening', check: precededBy(SUPERLATIVES, 4) },
    })),
    ...PAIN_SCORES.map((pattern): LexiconEntry => ({
      pattern,
      role: { kind: 'redFlag', flag: 'severe-worsening', check: isSevereScore },
    })),
    ...TRIED_FAILED.map((pattern): LexiconEntry => ({ pattern, role: { kind: 'triedFailed' } })),
    ...REMEDY_OPENERS.map((pattern): LexiconEntry => ({ pattern, role: { kind: 'remedyOpener' } })),
    ...CAUSE_TRAPS.map((pattern): LexiconEntry => ({ pattern, role: { kind: 'trap' } })),
    ...EVERYDAY_CAUSE_TRAPS.map((pattern): LexiconEntry => ({ pattern, role: { kind: 'trap' } })),
    ...RED_FLAG_TRAPS.map((pattern): LexiconEntry => ({ pattern, role: { kind: 'trap' } })),
    ...EVERYDAY_RED_FLAG_TRAPS.map((pattern): LexiconEntry => ({ pattern, role: { kind: 'trap' } })),
  ];
}
