/**
 * Backlight's knowledge base: causes, remedies, red flags, FAQ, sources.
 * Pure data, no DOM. The detector must not import this module; presenters
 * load it lazily (`await import('…/core/knowledge')`).
 */
import { buildBundle } from './bundle';
import type { Locale } from './ids';
import { LOCALE_TEXT } from './locales';
import type { KnowledgeBundle } from './types';

export * from './ids';
export type * from './types';
export { SOURCES } from './sources';
export { byUrgency, mostUrgent } from '../redFlagTiers';

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
