// The analysis's lexicon entries: cause cues and red flags, folded into the
// same phrase trie as the detector's so one greedy pass reads everything.
import { CAUSE_IDS, RED_FLAG_IDS } from '../vocabulary';
import type { LexiconEntry } from '../detector/roles';
import { CAUSE_CUES } from './lexicon/causeCues';
import { RED_FLAG_CUES, RED_FLAG_TRAPS } from './lexicon/redFlagCues';
import { TEMPERATURE_PATTERNS, isColdReading } from './lexicon/temperature';

export function analysisEntries(): LexiconEntry[] {
  return [
    ...CAUSE_IDS.flatMap((cause) => CAUSE_CUES[cause].map((pattern): LexiconEntry => ({ pattern, role: { kind: 'cue', cause } }))),
    ...TEMPERATURE_PATTERNS.map((pattern): LexiconEntry => ({
      pattern,
      role: { kind: 'cue', cause: 'cold-weather', check: isColdReading },
    })),
    ...RED_FLAG_IDS.flatMap((flag) => RED_FLAG_CUES[flag].map((pattern): LexiconEntry => ({ pattern, role: { kind: 'redFlag', flag } }))),
    ...RED_FLAG_TRAPS.map((pattern): LexiconEntry => ({ pattern, role: { kind: 'trap' } })),
  ];
}
