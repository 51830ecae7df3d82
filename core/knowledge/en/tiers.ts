import type { UrgencyTier } from '../ids';
import type { TierText } from '../types';

export const TIERS: Record<UrgencyTier, TierText> = {
  emergency: {
    label: 'Call emergency services now',
    action: 'Call 999 (UK), 911 (US/Canada) or 112 (EU) now.',
    description: 'The post mentions a sign that can point to a problem needing help within minutes to hours. It may turn out to be nothing serious, but this is not one to wait on.',
  },
  urgent: {
    label: 'See a doctor soon',
    action: 'See a GP or doctor within 24 hours to a few days; in the UK, NHS 111 can advise.',
    description: 'The post mentions a sign that is usually harmless but occasionally points to something that needs checking. A doctor can tell the difference.',
  },
  'self-care': {
    label: 'Self-care',
    action: 'Keep moving, ease your training for a while and use heat if it helps.',
    description:
      'No warning signs are mentioned. Most back pain in runners is not serious and improves within a few weeks. See a GP if it has not improved after a few weeks, stops you doing daily activities, keeps getting worse, or you are worried.',
  },
};
