import type { RedFlag } from '../../core/knowledge';
import type { RedFlagTier } from '../../core/vocabulary';

/** A flag's own advice at the tier a post gave it: its note for that tier, then what to do. */
export function flagAdvice(flag: RedFlag, tier: RedFlagTier): string {
  const note = tier === flag.tier ? undefined : flag.atTier?.[tier];
  return note ? `${note} ${flag.action}` : flag.action;
}
