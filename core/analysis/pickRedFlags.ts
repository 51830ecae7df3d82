// One hit per red flag: its first occurrence; hits ordered by position.
import * as tiers from '../redFlagTiers';
import type { RedFlagHit } from '../types';
import type { RedFlagCue } from './collectCues';
import * as sorting from './insertionSort';

// Local copies of the imported functions (see detector/tokenize.ts).
const insertionSort = sorting.insertionSort;
const defaultTier = tiers.defaultTier;

function byStart(a: RedFlagHit, b: RedFlagHit): number {
  return a.start - b.start;
}

export function pickRedFlags(cues: readonly RedFlagCue[]): RedFlagHit[] {
  // In order of each flag's first cue; a short array searched from the start (there are only a few flag ids).
  const hits: RedFlagHit[] = [];
  for (const { flag, start, end, text } of cues) {
    let k = 0;
    while (k < hits.length && hits[k]!.id !== flag) k++;
    if (k === hits.length) hits.push({ id: flag, tier: defaultTier(flag), start, end, text });
    else if (start < hits[k]!.start) hits[k] = { id: flag, tier: defaultTier(flag), start, end, text };
  }
  return insertionSort(hits, byStart);
}
