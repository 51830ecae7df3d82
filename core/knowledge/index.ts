/**
 * Backlight's knowledge base: causes, remedies, red flags, FAQ, sources.
 * Pure data, no DOM. The detector must not import this module; presenters
 * load it lazily (`await import('…/core/knowledge')`).
 */
import type { RedFlagId } from '../vocabulary';
import { buildBundle } from './bundle';
import { TIMEFRAMES, URGENCY_TIERS, type Locale, type UrgencyTier } from './ids';
import { LOCALE_TEXT } from './locales';
import type { KnowledgeBundle } from './types';

export * from './ids';
export type * from './types';
export { SOURCES } from './sources';

const cache = new Map<Locale, KnowledgeBundle>();

/** The complete knowledge base in one locale (English by default). */
export function knowledge(locale: Locale = 'en'): KnowledgeBundle {
  let bundle = cache.get(locale);
  if (!bundle) {
    bundle = buildBundle(locale, LOCALE_TEXT[locale]);
    cache.set(locale, bundle);
  }
  return bundle;
}

/** Red-flag ids, most urgent first (emergency before urgent, then by timeframe), without duplicates. */
export function byUrgency(ids: readonly RedFlagId[], kb: KnowledgeBundle = knowledge()): RedFlagId[] {
  const rank = (id: RedFlagId): number => {
    const flag = kb.redFlags[id];
    return URGENCY_TIERS.indexOf(flag.tier) * TIMEFRAMES.length + TIMEFRAMES.indexOf(flag.timeframe);
  };
  return [...new Set(ids)].sort((a, b) => rank(a) - rank(b));
}

/** The tier to show for a text: its most urgent red flag's tier, or `self-care` when there is none. */
export function overallTier(ids: readonly RedFlagId[], kb: KnowledgeBundle = knowledge()): UrgencyTier {
  const first = byUrgency(ids, kb)[0];
  return first ? kb.redFlags[first].tier : 'self-care';
}
