import type { RedFlagId } from '../../vocabulary';
import type { RedFlagFacts } from '../types';

/**
 * Tiers follow the NHS "Back pain" page (call 999 / urgent GP or 111) and NICE
 * NG59's advice to look for serious causes. `emergency` means call emergency
 * services now; `urgent` means a doctor within the timeframe. Every flag cites
 * at least one health-service page or guideline confirmed in SOURCES-CHECKED.md.
 */
export const RED_FLAG_FACTS: Readonly<Record<RedFlagId, RedFlagFacts>> = {
  'chest-pain': { tier: 'emergency', timeframe: 'now', sources: ['mayo-heart-attack', 'nhs-back-pain'] },
  'breathing-difficulty': {
    tier: 'emergency',
    timeframe: 'now',
    sources: ['mayo-heart-attack', 'nhs-pulmonary-embolism'],
  },
  'numbness-weakness': {
    tier: 'emergency',
    timeframe: 'now',
    sources: ['healthify-sciatica', 'mayo-back-pain-doctor', 'nhs-back-pain'],
  },
  'bladder-bowel': {
    tier: 'emergency',
    timeframe: 'now',
    sources: ['nhs-borders-back-pain', 'nhs-back-pain', 'nice-ng59'],
  },
  'radiating-arm-jaw': { tier: 'emergency', timeframe: 'now', sources: ['mayo-heart-attack'] },
  'fever-unwell': {
    tier: 'urgent',
    timeframe: 'within-24-hours',
    sources: ['mayo-back-pain-doctor', 'nhs-back-pain', 'nice-ng59'],
  },
  'severe-worsening': { tier: 'urgent', timeframe: 'within-24-hours', sources: ['nhs-back-pain', 'nice-ng59'] },
  trauma: {
    tier: 'urgent',
    timeframe: 'within-24-hours',
    sources: ['mayo-back-pain-doctor', 'nhs-inform-back-problems', 'nhs-back-pain', 'nice-ng59'],
  },
  'cancer-history': {
    tier: 'urgent',
    timeframe: 'within-24-hours',
    sources: ['nice-ng234', 'mayo-back-pain-doctor', 'nice-ng59'],
  },
  'night-pain': {
    tier: 'urgent',
    timeframe: 'within-days',
    sources: ['mayo-back-pain-doctor', 'nhs-back-pain', 'nice-ng59'],
  },
  'weight-loss': {
    tier: 'urgent',
    timeframe: 'within-days',
    sources: ['mayo-back-pain-doctor', 'nhs-back-pain', 'nice-ng59'],
  },
};
