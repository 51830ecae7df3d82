import type { RedFlagId } from '../../vocabulary';
import type { RedFlagText } from '../types';

const NUMBERS = '999 (UK), 911 (US/Canada) or 112 (EU)';

export const RED_FLAGS: Record<RedFlagId, RedFlagText> = {
  'chest-pain': {
    title: 'Chest pain or pressure',
    why: 'Back pain together with chest pain, tightness or pressure can be a sign of a heart attack or another emergency.',
    action: `Call ${NUMBERS} now. Do not drive yourself to hospital.`,
    shortAction: 'Call 999/911/112 now',
  },
  'breathing-difficulty': {
    title: 'Short of breath at rest',
    why: 'Struggling to breathe while resting, with back or chest pain, can signal a heart or lung emergency such as a blood clot.',
    action: `Call ${NUMBERS} now.`,
    shortAction: 'Call 999/911/112 now',
  },
  'numbness-weakness': {
    title: 'Numbness, tingling or weakness',
    why: 'New numbness or weakness, especially if sudden, in both legs or getting worse, can mean nerves or the spinal cord are under pressure and need fast treatment.',
    action: `Call ${NUMBERS} or go to the emergency department now if it came on suddenly, affects both legs or is getting worse. Stable tingling down one leg: see a GP within a few days.`,
    shortAction: 'Call 999/911/112 now if sudden or both legs',
  },
  'bladder-bowel': {
    title: 'Bladder or bowel changes, or numbness around the groin',
    why: 'Trouble peeing, loss of bladder or bowel control, or numbness around the genitals or bottom can mean nerves at the base of the spine are squeezed (cauda equina syndrome); treatment within hours can prevent lasting damage.',
    action: `Go to the emergency department or call ${NUMBERS} now. Do not wait to see if it passes.`,
    shortAction: 'Call 999/911/112 or go to A&E now',
  },
  'radiating-arm-jaw': {
    title: 'Pain spreading to the arm, jaw or neck with effort',
    why: 'Pain that spreads into the arm, jaw or neck when exercising can come from the heart rather than the back.',
    action: `Stop exercising and call ${NUMBERS} now.`,
    shortAction: 'Stop and call 999/911/112 now',
  },
  'fever-unwell': {
    title: 'Fever or feeling very unwell',
    why: 'Back pain with a high temperature, chills or feeling very ill can, rarely, come from an infection that needs prompt treatment.',
    action: `See a GP or doctor today (NHS 111 in the UK out of hours). Call ${NUMBERS} if you feel very ill or confused.`,
    shortAction: 'See a doctor today',
  },
  'severe-worsening': {
    title: 'Severe or fast-worsening pain',
    why: 'Pain that is severe, unrelenting or getting rapidly worse is not the usual pattern of a running ache and should be checked.',
    action: 'See a GP or doctor within 24 hours (NHS 111 in the UK). Call emergency services if any emergency sign appears.',
    shortAction: 'See a doctor within 24 hours',
  },
  trauma: {
    title: 'After a fall, crash or accident',
    why: 'A hard fall or collision can injure the bones of the spine, especially in older runners or anyone with weaker bones (osteoporosis).',
    action: `Get checked today: go to A&E or the emergency department after a serious fall or crash. Call ${NUMBERS} if you cannot move or have numbness or weakness.`,
    shortAction: 'Get checked today',
  },
  'cancer-history': {
    title: 'Past cancer',
    why: 'For people who have had cancer, new back pain occasionally means it has spread to the spine, which is best treated early.',
    action: 'Contact your cancer team or GP within 24 hours about new back pain.',
    shortAction: 'Contact your cancer team or GP within 24 hours',
  },
  'night-pain': {
    title: 'Pain at night or when lying down',
    why: 'Pain that does not ease with rest and wakes you at night differs from ordinary activity-related back pain and is worth checking.',
    action: 'Ask for an urgent GP or doctor appointment within the next few days.',
    shortAction: 'See a GP within a few days',
  },
  'weight-loss': {
    title: 'Unexplained weight loss',
    why: 'Losing weight without trying (beyond what training or diet explain), together with back pain, can point to an illness that needs checking.',
    action: 'Ask for a GP or doctor appointment within the next few days.',
    shortAction: 'See a GP within a few days',
  },
};
