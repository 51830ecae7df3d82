import type { CauseId } from '../../vocabulary';
import type { CauseFacts } from '../types';

/**
 * What each cause concerns, how well it is supported and what addresses it.
 * Grades describe the link between the factor and back pain in runners, not
 * whether a runner's own experience is real.
 */
export const CAUSE_FACTS: Readonly<Record<CauseId, CauseFacts>> = {
  'posture-slouch': {
    grade: 'little-evidence',
    regions: ['upper', 'mid'],
    remedies: ['form-cues', 'upper-back-strength', 'sitting-breaks'],
    sources: ['jbiomech-posture-2020', 'bjsm-back-pain-facts-2020'],
  },
  'posture-overarch': {
    grade: 'little-evidence',
    regions: ['lower', 'mid'],
    remedies: ['form-cues', 'core-strength', 'hamstring-hip-mobility'],
    sources: ['jbiomech-posture-2020', 'bjsm-back-pain-facts-2020'],
  },
  'weak-core': {
    grade: 'little-evidence',
    regions: ['lower', 'mid'],
    remedies: ['core-strength', 'stay-active'],
    sources: ['bjsm-back-pain-facts-2020', 'cochrane-motor-control', 'cochrane-exercise-chronic-lbp'],
  },
  'tight-hamstrings': {
    grade: 'little-evidence',
    regions: ['lower'],
    remedies: ['hamstring-hip-mobility', 'dynamic-warm-up'],
    sources: ['bmcmsd-runners-lbp-2020', 'cochrane-exercise-chronic-lbp'],
  },
  impact: {
    grade: 'little-evidence',
    regions: ['lower', 'mid'],
    remedies: ['cadence-stride', 'load-management', 'footwear-review'],
    sources: ['msse-step-rate-2011', 'bjsm-running-shoes-2015'],
  },
  footwear: {
    grade: 'little-evidence',
    regions: ['lower'],
    remedies: ['footwear-review', 'load-management'],
    sources: ['bjsm-running-shoes-2015', 'sjmss-shoe-rotation-2015'],
  },
  stress: {
    grade: 'mixed',
    regions: ['upper', 'mid', 'lower'],
    remedies: ['stress-management', 'breathing-drills', 'stay-active', 'massage'],
    sources: ['lancet-2018-hartvigsen', 'nice-ng59'],
  },
  anxiety: {
    grade: 'mixed',
    regions: ['upper', 'mid'],
    remedies: ['stress-management', 'breathing-drills', 'stay-active'],
    sources: ['lancet-2018-hartvigsen', 'nhs-berkshire-breathing'],
  },
  'shallow-breathing': {
    grade: 'little-evidence',
    regions: ['mid', 'upper'],
    remedies: ['breathing-drills', 'form-cues'],
    sources: ['nhs-berkshire-breathing'],
  },
  diaphragm: {
    grade: 'little-evidence',
    regions: ['mid', 'lower'],
    remedies: ['breathing-drills', 'core-strength'],
    sources: ['ctm-breathing-lbp-2023', 'nhs-berkshire-breathing'],
  },
  'uneven-terrain': {
    grade: 'little-evidence',
    regions: ['lower', 'mid'],
    remedies: ['terrain-progression', 'core-strength', 'load-management'],
    sources: ['bjsm-ioc-load-2016'],
  },
  hills: {
    grade: 'little-evidence',
    regions: ['lower', 'mid'],
    remedies: ['terrain-progression', 'form-cues', 'load-management'],
    sources: ['bjsm-ioc-load-2016'],
  },
  'cold-weather': {
    grade: 'little-evidence',
    regions: ['upper', 'mid', 'lower'],
    remedies: ['cold-weather-prep', 'dynamic-warm-up', 'heat'],
    sources: ['acr-weather-2014', 'painmed-weather-2017'],
  },
  humidity: {
    grade: 'little-evidence',
    regions: ['mid', 'lower'],
    remedies: ['hydration-electrolytes', 'load-management'],
    sources: ['acr-weather-2014', 'painmed-weather-2017'],
  },
  dehydration: {
    grade: 'little-evidence',
    regions: ['mid', 'lower'],
    remedies: ['hydration-electrolytes'],
    sources: ['nhs-dehydration', 'jat-cramps-2022'],
  },
  electrolytes: {
    grade: 'little-evidence',
    regions: ['mid', 'lower'],
    remedies: ['hydration-electrolytes', 'nutrition-basics'],
    sources: ['jat-cramps-2022', 'nhs-dehydration'],
  },
  magnesium: {
    grade: 'little-evidence',
    regions: ['mid', 'lower'],
    remedies: ['nutrition-basics'],
    sources: ['cochrane-magnesium-cramps'],
  },
  'vitamin-d': {
    grade: 'little-evidence',
    regions: ['upper', 'mid', 'lower'],
    remedies: ['nutrition-basics'],
    sources: ['cochrane-vitamin-d-pain', 'nhs-vitamin-d'],
  },
  treadmill: {
    grade: 'little-evidence',
    regions: ['upper', 'mid', 'lower'],
    remedies: ['treadmill-setup', 'form-cues', 'load-management'],
    sources: ['jss-treadmill-grade-1996'],
  },
  'load-carriage': {
    grade: 'little-evidence',
    regions: ['upper', 'mid'],
    remedies: ['pack-fitting', 'upper-back-strength'],
    sources: ['ijerph-backpacks-2022', 'jbiomech-posture-2020'],
  },
  'training-load': {
    grade: 'mixed',
    regions: ['lower', 'mid'],
    remedies: ['load-management', 'gradual-return', 'stay-active'],
    sources: ['bjsm-ioc-load-2016', 'bjsm-training-load-2016', 'jospt-running-progression-2014'],
  },
  'arm-swing': {
    grade: 'little-evidence',
    regions: ['upper', 'mid'],
    remedies: ['form-cues', 'upper-back-strength', 'massage'],
    sources: ['jeb-arm-swing-2014'],
  },
  'prolonged-sitting': {
    grade: 'mixed',
    regions: ['lower', 'mid', 'upper'],
    remedies: ['sitting-breaks', 'hamstring-hip-mobility', 'dynamic-warm-up'],
    sources: ['jbiomech-posture-2020', 'lancet-2018-hartvigsen'],
  },
};
