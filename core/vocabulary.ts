// The fixed ids of ../shared/spec/CONTRACT.md §1. Add freely, never rename.

export const REGIONS = ['upper', 'mid', 'lower', 'unspecified'] as const;
export type Region = (typeof REGIONS)[number];

export const STATUSES = ['active', 'negated'] as const;
export type MentionStatus = (typeof STATUSES)[number];

export const CAUSE_IDS = [
  'posture-slouch',
  'posture-overarch',
  'weak-core',
  'tight-hamstrings',
  'impact',
  'footwear',
  'stress',
  'anxiety',
  'shallow-breathing',
  'diaphragm',
  'uneven-terrain',
  'hills',
  'cold-weather',
  'humidity',
  'dehydration',
  'electrolytes',
  'magnesium',
  'vitamin-d',
  'treadmill',
  'load-carriage',
  'training-load',
  'arm-swing',
  'prolonged-sitting',
] as const;
export type CauseId = (typeof CAUSE_IDS)[number];

export const RED_FLAG_IDS = [
  'chest-pain',
  'breathing-difficulty',
  'numbness-weakness',
  'bladder-bowel',
  'fever-unwell',
  'night-pain',
  'trauma',
  'weight-loss',
  'cancer-history',
  'radiating-arm-jaw',
  'severe-worsening',
  'heart-warning-signs',
  'tearing-pain',
  'steroids-osteoporosis',
  'inflammatory-pattern',
  'stress-fracture-signs',
  'dark-urine',
  'deformity',
] as const;
export type RedFlagId = (typeof RED_FLAG_IDS)[number];

/** How soon to act on a red flag, most urgent first. "No red flag" is not a tier. */
export const RED_FLAG_TIERS = ['emergency', 'same-day', 'soon'] as const;
export type RedFlagTier = (typeof RED_FLAG_TIERS)[number];
