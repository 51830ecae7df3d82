// Sweating, sickness or faintness are a heart's warning with pain high in the back or between the
// shoulder blades (or a back not placed), not with low back pain alone.
import type { Region } from '../vocabulary';
import type { RedFlagCue } from './collectCues';

export function keepHeartSignsWithUpperPain(cues: RedFlagCue[], activeRegions: readonly Region[]): RedFlagCue[] {
  if (activeRegions.some((region) => region !== 'lower')) return cues;
  return cues.filter((cue) => cue.flag !== 'heart-warning-signs');
}
