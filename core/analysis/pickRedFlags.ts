// One hit per red flag: its first occurrence; hits ordered by position.
import type { RedFlagHit } from '../types';
import type { RedFlagId } from '../vocabulary';
import type { RedFlagCue } from './collectCues';

function byStart(a: RedFlagHit, b: RedFlagHit): number {
  return a.start - b.start;
}

export function pickRedFlags(cues: readonly RedFlagCue[]): RedFlagHit[] {
  if (cues.length === 0) return [];
  const first = new Map<RedFlagId, RedFlagHit>();
  for (const { flag, start, end, text } of cues) {
    const seen = first.get(flag);
    if (!seen || start < seen.start) first.set(flag, { id: flag, start, end, text });
  }
  const hits = [...first.values()];
  // Most texts have one red flag or none, where sorting would only cost its set-up.
  return hits.length > 1 ? hits.sort(byStart) : hits;
}
