// Scores each cause from its cues. A cue weighs most in the sentence of an
// active mention and less the further away it is (another paragraph of a long
// post weighs less still); several distinct cues add up like independent
// evidence: score = 1 − Π(1 − STRENGTH · weight). A cue in a sentence that passes on someone
// else's view ("my physio said it's posture") weighs less than the writer's own suspicion.
import type { RankedCause, Span } from '../types';
import type { CauseId } from '../vocabulary';
import type { CauseCue } from './collectCues';
import * as sorting from './insertionSort';

// A local copy of the imported function (see detector/tokenize.ts).
const insertionSort = sorting.insertionSort;

export interface MentionPlace {
  sentence: number;
  paragraph: number;
}

const STRENGTH = 0.6;
const REPEAT_STRENGTH = 0.1;
const OTHER_PARAGRAPH = 0.7;
const REPORTED = 0.6;

function distanceWeight(sentences: number): number {
  if (sentences === 0) return 1;
  if (sentences === 1) return 0.8;
  if (sentences <= 3) return 0.6;
  return 0.4;
}

function placeWeight(place: MentionPlace, cue: CauseCue): number {
  return distanceWeight(Math.abs(place.sentence - cue.sentence)) * (place.paragraph === cue.paragraph ? 1 : OTHER_PARAGRAPH);
}

/** Weight of a cue by its distance to the nearest active mention (`places` sorted by sentence), less when reported. */
function weightOf(cue: CauseCue, places: readonly MentionPlace[], reported: readonly number[]): number {
  return nearestPlaceWeight(cue, places) * (inRanges(cue.start, reported) ? REPORTED : 1);
}

/** Is `offset` in one of the sorted flat ranges? (A binary search: a long text has many.) */
function inRanges(offset: number, ranges: readonly number[]): boolean {
  let low = 0;
  let high = ranges.length >> 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (ranges[2 * middle + 1]! <= offset) low = middle + 1;
    else high = middle;
  }
  return low < ranges.length >> 1 && ranges[2 * low]! <= offset;
}

function nearestPlaceWeight(cue: CauseCue, places: readonly MentionPlace[]): number {
  let low = 0;
  let high = places.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (places[middle]!.sentence < cue.sentence) low = middle + 1;
    else high = middle;
  }
  const before = low > 0 ? placeWeight(places[low - 1]!, cue) : 0;
  const after = low < places.length ? placeWeight(places[low]!, cue) : 0;
  return Math.max(before, after);
}

function byScoreThenPosition(a: RankedCause, b: RankedCause): number {
  return b.score - a.score || a.evidence[0]!.start - b.evidence[0]!.start;
}

/** The product of (1 − strength · weight) over a cause's cues: how likely the cause is absent. */
function absence(list: readonly CauseCue[], places: readonly MentionPlace[], reported: readonly number[]): number {
  // The usual single cue, without the Map below (1 · x is exactly x, so the score is the same).
  if (list.length === 1) return 1 - STRENGTH * weightOf(list[0]!, places, reported);
  const bestByKey = new Map<string, number>();
  let absent = 1;
  for (const cue of list) {
    const weight = weightOf(cue, places, reported);
    const previous = bestByKey.get(cue.key);
    if (previous === undefined) bestByKey.set(cue.key, weight);
    else absent *= 1 - REPEAT_STRENGTH * Math.min(weight, previous);
    if (previous !== undefined && weight > previous) bestByKey.set(cue.key, weight);
  }
  for (const weight of bestByKey.values()) absent *= 1 - STRENGTH * weight;
  return absent;
}

/**
 * `reportedIn`: the character ranges that pass on someone else's view, flat [start, end, …] (see
 * reportedSentences); asked for only when there are several causes to rank.
 */
export function rankCauses(cues: readonly CauseCue[], places: readonly MentionPlace[], reportedIn?: () => readonly number[]): RankedCause[] {
  if (cues.length === 0) return [];
  // The cues of each cause, causes in order of their first cue. There are only a few cause ids,
  // so arrays searched from the start cost less than a Map on every post.
  const ids: CauseId[] = [];
  const lists: CauseCue[][] = [];
  for (const cue of cues) {
    const k = ids.indexOf(cue.cause);
    if (k >= 0) lists[k]!.push(cue);
    else {
      ids.push(cue.cause);
      lists.push([cue]);
    }
  }
  const reported = ids.length > 1 && reportedIn ? reportedIn() : [];
  const ranked: RankedCause[] = [];
  for (let k = 0; k < ids.length; k++) {
    const list = lists[k]!;
    const evidence: Span[] = list.map(({ start, end, text }) => ({ start, end, text }));
    ranked.push({ id: ids[k]!, score: Math.round((1 - absence(list, places, reported)) * 1000) / 1000, evidence });
  }
  return insertionSort(ranked, byScoreThenPosition);
}
