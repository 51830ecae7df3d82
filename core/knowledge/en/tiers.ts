import type { RedFlagTier } from '../../vocabulary';
import type { SelfCareText, TierText } from '../types';

// Each tier's action is the one routing line a red flag gets; its flags' own text never repeats it.
export const TIERS: Record<RedFlagTier, TierText> = {
  emergency: {
    label: 'Emergency: get help now',
    action: 'Call 999 / 112 / 911 / 000 or your local emergency number, or go to the emergency department (A&E) now.',
    description:
      'The text mentions a sign that can point to a problem needing treatment within hours. It may still turn out to be harmless, but only an examination can tell, and waiting can cost lasting damage.',
  },
  'same-day': {
    label: 'Get seen today',
    action: 'Get an urgent GP or urgent-care appointment today; in the UK, call NHS 111 if you cannot get one.',
    description:
      'The text mentions a sign that usually has an ordinary explanation but occasionally needs prompt treatment; a check the same day tells them apart. If it gets quickly worse or an emergency sign appears, treat it as an emergency.',
  },
  soon: {
    label: 'Get checked within days',
    action: 'See a GP or physiotherapist within a few days; sooner if it gets worse.',
    description:
      'The text mentions a pattern that deserves a professional look, though not an emergency one. Notes on when it hurts and what eases it make the visit more useful.',
  },
};

export const SELF_CARE: SelfCareText = {
  label: 'No warning sign found in this text',
  description:
    'Backlight found none of the warning signs it looks for in these words. It can only read what was written, so this says nothing about how serious the pain is. See a GP or physiotherapist if it has not eased after a few weeks, stops you doing everyday things, keeps getting worse or worries you, and get help at once if a warning sign from the library appears.',
};
