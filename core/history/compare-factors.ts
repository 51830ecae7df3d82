// For each factor: how often runs with back pain share it, against runs without, each with a
// Wilson interval. A comparison, never a cause: the view words it so.
import { FACTORS, type FactorId } from './factors';
import { runContexts } from './run-context';
import type { Run } from './types';
import { wilson, type Interval } from './wilson';
import type { CauseId } from '../vocabulary';

/** Fewer runs than this on either side (with the factor known) is "not enough runs yet". */
export const MIN_RUNS_PER_SIDE = 10;
/** Fewer runs with the factor than this, on both sides together, is not enough either. */
export const MIN_RUNS_WITH_FACTOR = 5;

export interface Share {
  /** Runs of this side that have the factor. */
  count: number;
  /** Runs of this side for which the factor is known. */
  of: number;
  interval: Interval;
}

/**
 * `more`: the factor is more common in runs with back pain (the intervals don't overlap);
 * `less`: less common; `similar`: the intervals overlap; `not-enough`: too few runs to say.
 */
export type Lean = 'more' | 'less' | 'similar' | 'not-enough';

export interface FactorComparison {
  id: FactorId;
  cause?: CauseId;
  pain: Share;
  noPain: Share;
  lean: Lean;
}

const share = (count: number, of: number): Share => ({ count, of, interval: wilson(count, of) });

function leanOf(pain: Share, noPain: Share): Lean {
  if (pain.of < MIN_RUNS_PER_SIDE || noPain.of < MIN_RUNS_PER_SIDE || pain.count + noPain.count < MIN_RUNS_WITH_FACTOR) return 'not-enough';
  if (pain.interval.low > noPain.interval.high) return 'more';
  if (pain.interval.high < noPain.interval.low) return 'less';
  return 'similar';
}

/** How far apart the two intervals are: positive when the factor is clearly more common with pain. */
const separation = (c: FactorComparison) => c.pain.interval.low - c.noPain.interval.high;
const ORDER: Record<Lean, number> = { more: 0, similar: 1, less: 2, 'not-enough': 3 };

/**
 * Every factor, those more common in runs with back pain first (the clearest gap first), then
 * the similar ones, the less common ones, and those with too few runs. `runs` ordered by start.
 */
export function compareFactors(runs: readonly Run[]): FactorComparison[] {
  const contexts = runContexts(runs);
  const comparisons = FACTORS.map((factor) => {
    const tally = { painWith: 0, painKnown: 0, noPainWith: 0, noPainKnown: 0 };
    runs.forEach((run, i) => {
      const has = factor.test(run, contexts[i]!);
      if (has === undefined) return;
      if (run.back.pain) {
        tally.painKnown++;
        if (has) tally.painWith++;
      } else {
        tally.noPainKnown++;
        if (has) tally.noPainWith++;
      }
    });
    const pain = share(tally.painWith, tally.painKnown);
    const noPain = share(tally.noPainWith, tally.noPainKnown);
    return { id: factor.id, ...(factor.cause ? { cause: factor.cause } : {}), pain, noPain, lean: leanOf(pain, noPain) };
  });
  return comparisons.sort((a, b) => ORDER[a.lean] - ORDER[b.lean] || separation(b) - separation(a));
}
