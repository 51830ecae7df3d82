// One hit per red flag: its first occurrence, at the most urgent tier any of its cues gives it
// (a cue's own tier, else the flag's default); hits ordered by position.
import * as tiers from '../redFlagTiers';
import type { RedFlagHit } from '../types';
import type { RedFlagCue } from './collectCues';
import * as sorting from './insertionSort';

// Local copies of the imported functions (see detector/tokenize.ts).
const insertionSort = sorting.insertionSort;
const defaultTier = tiers.defaultTier;
const moreUrgent = tiers.moreUrgent;

function byStart(a: RedFlagHit, b: RedFlagHit): number {
  return a.start - b.start;
}

export function pickRedFlags(cues: readonly RedFlagCue[]): RedFlagHit[] {
  // In order of each flag's first cue; a short array searched from the start (there are only a few flag ids).
  const hits: RedFlagHit[] = [];
  for (const { flag, tier, start, end, text } of cues) {
    const cueTier = tier ?? defaultTier(flag);
    let k = 0;
    while (k < hits.length && hits[k]!.id !== flag) k++;
    if (k === hits.length) {
      hits.push({ id: flag, tier: cueTier, start, end, text });
      continue;
    }
    const hit = hits[k]!;
    const best = moreUrgent(hit.tier, cueTier);
    hits[k] = start < hit.start ? { id: flag, tier: best, start, end, text } : { id: flag, tier: best, start: hit.start, end: hit.end, text: hit.text };
  }
  return insertionSort(hits, byStart);
}
