import type { FaqId } from '../ids';
import type { FaqFacts } from '../types';

/** What each FAQ answer links to. Display order is FAQ_IDS. */
export const FAQ_FACTS: Readonly<Record<FaqId, FaqFacts>> = {
  'keep-running': {
    causes: ['training-load'],
    remedies: ['stay-active', 'load-management', 'gradual-return'],
    sources: ['nice-ng59', 'cochrane-bed-rest', 'bjsm-ioc-load-2016'],
  },
  'when-to-see-doctor': {
    causes: [],
    remedies: [],
    sources: ['nhs-back-pain', 'nhs-borders-back-pain', 'mayo-back-pain-doctor', 'nice-ng59', 'nice-ng65'],
  },
  painkillers: {
    causes: [],
    remedies: ['stay-active'],
    sources: ['nice-ng59', 'emj-ibuprofen-ultra-2017', 'jcm-hyponatremia-2014'],
  },
  'running-and-backs': {
    causes: ['training-load'],
    remedies: ['load-management', 'gradual-return'],
    sources: ['bmcmsd-runners-lbp-2020'],
  },
  treadmill: {
    causes: ['treadmill', 'posture-slouch'],
    remedies: ['treadmill-setup', 'form-cues'],
    sources: ['jss-treadmill-grade-1996'],
  },
  prevention: {
    causes: ['training-load', 'weak-core'],
    remedies: ['load-management', 'core-strength', 'upper-back-strength', 'footwear-review', 'dynamic-warm-up'],
    sources: ['jama-prevention-2016', 'lancet-2018-foster', 'bjsm-ioc-load-2016'],
  },
  exercises: {
    causes: ['weak-core', 'posture-slouch'],
    remedies: ['upper-back-strength', 'core-strength', 'hamstring-hip-mobility'],
    sources: ['cochrane-exercise-chronic-lbp', 'jospt-cpg-2021'],
  },
  stress: {
    causes: ['stress', 'anxiety', 'shallow-breathing'],
    remedies: ['stress-management', 'breathing-drills', 'stay-active'],
    sources: ['lancet-2018-hartvigsen', 'nhs-berkshire-breathing'],
  },
  'heat-or-ice': {
    causes: [],
    remedies: ['heat'],
    sources: ['cochrane-heat-cold', 'nhs-back-pain'],
  },
  'how-long': {
    causes: [],
    remedies: ['stay-active', 'gradual-return'],
    sources: ['chcp-msk-back', 'nhs-inform-back-problems', 'lancet-2018-hartvigsen'],
  },
  scan: {
    causes: [],
    remedies: ['stay-active'],
    sources: ['nice-ng59', 'bjsm-back-pain-facts-2020'],
  },
};
