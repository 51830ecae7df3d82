import type { RedFlagId } from '../../vocabulary';
import type { RedFlagFacts } from '../types';

/**
 * Each red flag's sources. Its tier is not here: core/redFlagTiers.ts holds it, following the
 * NHS "Back pain" lists (999 or A&E / urgent GP or 111) and NICE. Every flag cites at least
 * one health-service page or guideline confirmed in SOURCES-CHECKED.md.
 */
export const RED_FLAG_FACTS: Readonly<Record<RedFlagId, RedFlagFacts>> = {
  'chest-pain': { sources: ['mayo-heart-attack', 'nhs-back-pain'] },
  'breathing-difficulty': { sources: ['mayo-heart-attack', 'nhs-pulmonary-embolism'] },
  'numbness-weakness': { sources: ['healthify-sciatica', 'mayo-back-pain-doctor', 'nhs-lothian-lumbar-red-flags', 'nhs-back-pain'] },
  'bladder-bowel': { sources: ['nhs-borders-back-pain', 'nhs-back-pain', 'nice-ng59'] },
  'fever-unwell': { sources: ['chcp-msk-back', 'mayo-back-pain-doctor', 'nhs-back-pain', 'nice-ng59'] },
  'night-pain': { sources: ['mayo-back-pain-doctor', 'nhs-back-pain', 'nice-ng59'] },
  trauma: { sources: ['nhs-back-pain', 'mayo-back-pain-doctor', 'afp-vertebral-fracture-2016'] },
  'weight-loss': { sources: ['mayo-back-pain-doctor', 'nhs-back-pain', 'nice-ng59'] },
  'cancer-history': { sources: ['nice-ng234', 'mayo-back-pain-doctor', 'nice-ng59'] },
  'radiating-arm-jaw': { sources: ['mayo-heart-attack', 'womenshealth-heart-attack'] },
  'severe-worsening': { sources: ['nhs-back-pain', 'nice-ng59'] },
  'heart-warning-signs': { sources: ['womenshealth-heart-attack', 'mayo-heart-attack'] },
  'tearing-pain': { sources: ['hse-aortic-dissection'] },
  'steroids-osteoporosis': { sources: ['afp-vertebral-fracture-2016', 'mayo-back-pain-doctor', 'nice-ng59'] },
  'inflammatory-pattern': { sources: ['nice-ng65'] },
  'stress-fracture-signs': { sources: ['nationwide-spondylolysis', 'bjsm-reds-2018', 'csmr-sacral-stress-2016'] },
  'dark-urine': { sources: ['cdc-rhabdo', 'fairview-rhabdo', 'emj-ibuprofen-ultra-2017'] },
  deformity: { sources: ['chcp-msk-back', 'nhs-back-pain'] },
};
