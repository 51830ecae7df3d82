import type { LocaleText } from '../types';
import { ABOUT } from './about';
import { CAUSES } from './causes';
import { FAQ } from './faq';
import { GRADES } from './grades';
import { LABELS } from './labels';
import { RED_FLAGS } from './red-flags';
import { REGIONS } from './regions';
import { REMEDIES } from './remedies';
import { SELF_CARE, TIERS } from './tiers';

export const en: LocaleText = {
  causes: CAUSES,
  remedies: REMEDIES,
  redFlags: RED_FLAGS,
  tiers: TIERS,
  selfCare: SELF_CARE,
  grades: GRADES,
  regions: REGIONS,
  faq: FAQ,
  about: ABOUT,
  labels: LABELS,
};
