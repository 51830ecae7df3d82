// Each red flag's default tier: the one source of truth for the banner, the routing line and the
// `tier` of `scan --jsonl`. Small on purpose: the analysis imports it without the knowledge text.
// A post can move a flag to another tier (one stable leg vs both legs); the detection sets that.
import { RED_FLAG_IDS, RED_FLAG_TIERS, type RedFlagId, type RedFlagTier } from './vocabulary';

export const DEFAULT_TIERS: Readonly<Record<RedFlagId, RedFlagTier>> = {
  'chest-pain': 'emergency',
  'breathing-difficulty': 'emergency',
  'numbness-weakness': 'same-day',
  'bladder-bowel': 'emergency',
  'fever-unwell': 'same-day',
  'night-pain': 'same-day',
  trauma: 'emergency',
  'weight-loss': 'same-day',
  'cancer-history': 'same-day',
  'radiating-arm-jaw': 'emergency',
  'severe-worsening': 'same-day',
  'heart-warning-signs': 'emergency',
  'tearing-pain': 'emergency',
  'steroids-osteoporosis': 'same-day',
  'inflammatory-pattern': 'soon',
  'stress-fracture-signs': 'soon',
  'dark-urine': 'emergency',
  deformity: 'same-day',
};

export function defaultTier(id: RedFlagId): RedFlagTier {
  return DEFAULT_TIERS[id];
}

/** Negative when `a` is more urgent than `b`, for sorting. */
export function compareTiers(a: RedFlagTier, b: RedFlagTier): number {
  return RED_FLAG_TIERS.indexOf(a) - RED_FLAG_TIERS.indexOf(b);
}

/** The more urgent of two tiers. */
export function moreUrgent(a: RedFlagTier, b: RedFlagTier): RedFlagTier {
  return compareTiers(a, b) <= 0 ? a : b;
}

/** The most urgent tier among `tiers`, or undefined when there is none (no red flag). */
export function mostUrgent(tiers: Iterable<RedFlagTier>): RedFlagTier | undefined {
  let best: RedFlagTier | undefined;
  for (const tier of tiers) best = best === undefined ? tier : moreUrgent(best, tier);
  return best;
}

/**
 * Red flags most urgent first (by tier, then in vocabulary order), each id once at its most
 * urgent tier: what the card, the popup's banner and the library list.
 */
export function byUrgency<T extends { id: RedFlagId; tier: RedFlagTier }>(flags: readonly T[]): T[] {
  const best = new Map<RedFlagId, T>();
  for (const flag of flags) {
    const seen = best.get(flag.id);
    if (!seen || compareTiers(flag.tier, seen.tier) < 0) best.set(flag.id, flag);
  }
  return [...best.values()].sort(
    (a, b) => compareTiers(a.tier, b.tier) || RED_FLAG_IDS.indexOf(a.id) - RED_FLAG_IDS.indexOf(b.id),
  );
}
