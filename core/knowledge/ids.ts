// Language-independent ids of the knowledge base. CONTRACT ids (causes, red
// flags, regions, red-flag tiers) live in ../vocabulary.ts; these are the knowledge base's own.

export const LOCALES = ['en'] as const;
export type Locale = (typeof LOCALES)[number];

export const EVIDENCE_GRADES = ['well-supported', 'mixed', 'little-evidence'] as const;
export type EvidenceGrade = (typeof EVIDENCE_GRADES)[number];

export const REMEDY_IDS = [
  'stay-active',
  'load-management',
  'gradual-return',
  'dynamic-warm-up',
  'core-strength',
  'upper-back-strength',
  'hamstring-hip-mobility',
  'form-cues',
  'cadence-stride',
  'terrain-progression',
  'footwear-review',
  'treadmill-setup',
  'pack-fitting',
  'cold-weather-prep',
  'hydration-electrolytes',
  'nutrition-basics',
  'stress-management',
  'breathing-drills',
  'sitting-breaks',
  'heat',
  'massage',
] as const;
export type RemedyId = (typeof REMEDY_IDS)[number];

export const FAQ_IDS = [
  'keep-running',
  'when-to-see-doctor',
  'painkillers',
  'running-and-backs',
  'treadmill',
  'prevention',
  'exercises',
  'stress',
  'heat-or-ice',
  'how-long',
  'scan',
] as const;
export type FaqId = (typeof FAQ_IDS)[number];

export const SOURCE_IDS = [
  'nhs-back-pain',
  'nhs-inform-back-problems',
  'nhs-borders-back-pain',
  'mayo-back-pain-doctor',
  'healthify-sciatica',
  'mayo-heart-attack',
  'nhs-pulmonary-embolism',
  'nhs-berkshire-breathing',
  'nhs-dehydration',
  'nhs-vitamin-d',
  'nice-ng59',
  'nice-ng234',
  'lancet-2018-hartvigsen',
  'lancet-2018-foster',
  'cochrane-exercise-chronic-lbp',
  'cochrane-motor-control',
  'cochrane-heat-cold',
  'cochrane-massage',
  'cochrane-bed-rest',
  'cochrane-magnesium-cramps',
  'cochrane-vitamin-d-pain',
  'jama-prevention-2016',
  'jospt-cpg-2021',
  'jospt-running-progression-2014',
  'bjsm-training-load-2016',
  'bjsm-ioc-load-2016',
  'bjsm-back-pain-facts-2020',
  'bjsm-running-shoes-2015',
  'sjmss-shoe-rotation-2015',
  'msse-step-rate-2011',
  'jss-treadmill-grade-1996',
  'jbiomech-posture-2020',
  'acr-weather-2014',
  'painmed-weather-2017',
  'jat-cramps-2022',
  'bmcmed-warm-up-2012',
  'ijerph-backpacks-2022',
  'womenshealth-heart-attack',
  'hse-aortic-dissection',
  'nice-ng65',
  'bjsm-reds-2018',
  'csmr-sacral-stress-2016',
  'nationwide-spondylolysis',
  'cdc-rhabdo',
  'fairview-rhabdo',
  'nhs-lothian-lumbar-red-flags',
  'afp-vertebral-fracture-2016',
  'chcp-msk-back',
  'bmcmsd-runners-lbp-2020',
  'emj-ibuprofen-ultra-2017',
  'jcm-hyponatremia-2014',
  'jeb-arm-swing-2014',
  'ctm-breathing-lbp-2023',
] as const;
export type SourceId = (typeof SOURCE_IDS)[number];

/** Body regions a cause can concern (`unspecified` is a mention's region, not a body part). */
export type BodyRegion = 'upper' | 'mid' | 'lower';

/** The date the whole knowledge base was last reviewed, ISO 8601. */
export const LAST_REVIEWED = '2026-12-02';
