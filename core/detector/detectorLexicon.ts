// The detector's own lexicon entries: body locations, pain, traps, negation.
import { REGIONS } from '../vocabulary';
import { OTHER_BODY_PARTS, WHICH_SIDE } from './lexicon/bodyParts';
import { HYPOTHETICAL } from './lexicon/hypothetical';
import { AMBIGUOUS_BACK, BACK_TO_PAIN, LOCATIONS, WHOLE_MENTIONS } from './lexicon/locations';
import { POST_NEGATION, PRE_NEGATION, PSEUDO_NEGATION } from './lexicon/negation';
import { PAIN_SCORES, PAIN_WORDS, RESOLUTION_WORDS, WEAK_PAIN_WORDS } from './lexicon/painWords';
import { BACK_TRAPS, PAIN_TRAPS } from './lexicon/traps';
import type { LexiconEntry, Role } from './roles';

const withRole = (patterns: readonly string[], role: Role): LexiconEntry[] =>
  patterns.map((pattern) => ({ pattern, role }));

export function detectorEntries(): LexiconEntry[] {
  return [
    ...withRole([...AMBIGUOUS_BACK, ...BACK_TO_PAIN], { kind: 'location', region: 'unspecified', ambiguous: true }),
    ...REGIONS.flatMap((region) => withRole(LOCATIONS[region], { kind: 'location', region, ambiguous: false })),
    ...REGIONS.flatMap((region) => withRole(WHOLE_MENTIONS[region], { kind: 'whole', region })),
    ...withRole(PAIN_WORDS, { kind: 'pain', weak: false }),
    ...withRole(WEAK_PAIN_WORDS, { kind: 'pain', weak: true }),
    ...withRole(RESOLUTION_WORDS, { kind: 'resolution' }),
    ...withRole(PAIN_SCORES, { kind: 'score' }),
    ...withRole(OTHER_BODY_PARTS, { kind: 'otherBody' }),
    ...withRole(BACK_TRAPS, { kind: 'trap' }),
    ...withRole(PAIN_TRAPS, { kind: 'trap' }),
    ...withRole(PRE_NEGATION, { kind: 'negPre' }),
    ...withRole(POST_NEGATION, { kind: 'negPost' }),
    ...withRole(PSEUDO_NEGATION, { kind: 'pseudo' }),
    ...withRole(WHICH_SIDE, { kind: 'pseudo' }),
    ...withRole(HYPOTHETICAL, { kind: 'hypothetical' }),
  ];
}
