import type { RemedyId } from '../ids';
import type { RemedyFacts } from '../types';

/** How well each remedy is supported for back pain, and where that is said. */
export const REMEDY_FACTS: Readonly<Record<RemedyId, RemedyFacts>> = {
  'stay-active': { grade: 'well-supported', sources: ['nice-ng59', 'cochrane-bed-rest', 'nhs-back-pain'] },
  'load-management': { grade: 'mixed', sources: ['bjsm-ioc-load-2016', 'bjsm-training-load-2016'] },
  'gradual-return': { grade: 'mixed', sources: ['bjsm-ioc-load-2016', 'jospt-running-progression-2014'] },
  'dynamic-warm-up': { grade: 'little-evidence', sources: ['bmcmed-warm-up-2012'] },
  'core-strength': { grade: 'well-supported', sources: ['cochrane-motor-control', 'cochrane-exercise-chronic-lbp'] },
  'upper-back-strength': { grade: 'mixed', sources: ['cochrane-exercise-chronic-lbp', 'jospt-cpg-2021'] },
  'hamstring-hip-mobility': { grade: 'mixed', sources: ['cochrane-exercise-chronic-lbp', 'jospt-cpg-2021'] },
  'form-cues': { grade: 'little-evidence', sources: ['bjsm-back-pain-facts-2020', 'jbiomech-posture-2020'] },
  'cadence-stride': { grade: 'little-evidence', sources: ['msse-step-rate-2011'] },
  'terrain-progression': { grade: 'little-evidence', sources: ['bjsm-ioc-load-2016'] },
  'footwear-review': {
    grade: 'little-evidence',
    sources: ['bjsm-running-shoes-2015', 'sjmss-shoe-rotation-2015', 'jama-prevention-2016'],
  },
  'treadmill-setup': { grade: 'little-evidence', sources: ['jss-treadmill-grade-1996'] },
  'pack-fitting': { grade: 'little-evidence', sources: ['ijerph-backpacks-2022'] },
  'cold-weather-prep': { grade: 'little-evidence', sources: ['acr-weather-2014'] },
  'hydration-electrolytes': { grade: 'little-evidence', sources: ['nhs-dehydration', 'jat-cramps-2022'] },
  'nutrition-basics': { grade: 'little-evidence', sources: ['nhs-vitamin-d', 'cochrane-vitamin-d-pain', 'cochrane-magnesium-cramps'] },
  'stress-management': { grade: 'mixed', sources: ['nice-ng59', 'lancet-2018-foster'] },
  'breathing-drills': { grade: 'little-evidence', sources: ['nhs-berkshire-breathing'] },
  'sitting-breaks': { grade: 'little-evidence', sources: ['jbiomech-posture-2020', 'nhs-back-pain'] },
  heat: { grade: 'mixed', sources: ['cochrane-heat-cold', 'nhs-back-pain'] },
  massage: { grade: 'mixed', sources: ['cochrane-massage', 'nice-ng59'] },
};

/** Remedies that suit back pain whatever its cause, best first. */
export const GENERAL_REMEDIES: readonly RemedyId[] = ['stay-active', 'load-management', 'heat', 'gradual-return'];
