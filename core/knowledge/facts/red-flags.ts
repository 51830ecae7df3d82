import type { RedFlagId } from '../../vocabulary';
import type { RedFlagFacts } from '../types';

/**
 * Tiers follow the NHS "Back pain" page (call 999 / urgent GP or 111) and NICE
 * NG59's advice to look for serious causes. `emergency` means call emergency
 * services now; `urgent` means a doctor within the timeframe.
 */
export const RED_FLAG_FACTS: Readonly<Record<RedFlagId, RedFlagFacts>> = {
  'chest-pain': { tier: 'emergency', timeframe: 'now', sources: ['nhs-back-pain', 'nhs-heart-attack'] },
  'breathing-difficulty': {
    tier: 'emergency',
    timeframe: 'now',
    sources: ['nhs-heart-attack', 'nhs-pulmonary-embolism'],
  },
  'numbness-weakness': {
    tier: 'emergency',
    timeframe: 'now',
    sources: ['nhs-back-pain', 'nhs-sciatica', 'nhs-stroke'],
  },
  'bladder-bowel': { tier: 'emergency', timeframe: 'now', sources: ['nhs-cauda-equina', 'nhs-back-pain', 'nice-ng59'] },
  'radiating-arm-jaw': { tier: 'emergency', timeframe: 'now', sources: ['nhs-heart-attack'] },
  'fever-unwell': { tier: 'urgent', timeframe: 'within-24-hours', sources: ['nhs-back-pain', 'nice-ng59'] },
  'severe-worsening': { tier: 'urgent', timeframe: 'within-24-hours', sources: ['nhs-back-pain', 'nice-ng59'] },
  trauma: { tier: 'urgent', timeframe: 'within-24-hours', sources: ['nhs-back-pain', 'nice-ng59'] },
  'cancer-history': { tier: 'urgent', timeframe: 'within-24-hours', sources: ['nice-ng234', 'nice-ng59'] },
  'night-pain': { tier: 'urgent', timeframe: 'within-days', sources: ['nhs-back-pain', 'nice-ng59'] },
  'weight-loss': { tier: 'urgent', timeframe: 'within-days', sources: ['nhs-back-pain', 'nice-ng59'] },
};
