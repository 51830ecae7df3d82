// One hit per red flag: its first occurrence; hits ordered by position.
import type { RedFlagHit } from '../types';
import type { RedFlagId } from '../vocabulary';
import type { RedFlagCue } from './collectCues';

export function pickRedFlags(cues: readonly RedFlagCue[]): RedFlagHit[] {
  const first = new Map<RedFlagId, RedFlagHit>();
  for (const { flag, start, end, text } of cues) {
    const seen = first.get(flag);
    if (!seen || start < seen.start) first.set(flag, { id: flag, start, end, text });
  }
  return [...first.values()].sort((a, b) => a.start - b.start);
}
