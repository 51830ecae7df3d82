// Sweating, sickness or faintness are a heart's warning with pain high in the back or between the
// shoulder blades (or a back not placed), not with low back pain alone.
import type { FoundMention } from '../detector/findMentions';
import type { RedFlagCue } from './collectCues';

export function keepHeartSignsWithUpperPain(cues: RedFlagCue[], activeMentions: readonly FoundMention[]): RedFlagCue[] {
  if (activeMentions.some((mention) => mention.region !== 'lower') || !cues.some((cue) => cue.flag === 'heart-warning-signs')) return cues;
  return cues.filter((cue) => cue.flag !== 'heart-warning-signs');
}
