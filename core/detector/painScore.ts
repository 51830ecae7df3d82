// Pain scores of activity notes, "Back: 0/10", "LBP 2/10", "back 6 out of 10", read by
// value: none at 0 (the back is fine: a negated mention), pain from there up (an active one).
// A number over a scale other than 10 is no score ("3/4 of the way", a date "12/03").
import { Phrase } from './roles';
import type { TokenStream } from './tokenize';

const SCALE = 10;
const DOT = 46;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** What a score means to a mention: a pain word, or a resolution for 0. */
export const SCORED_PAIN = new Phrase('pain score');
SCORED_PAIN.add({ kind: 'pain', weak: false });
export const SCORED_NO_PAIN = new Phrase('no pain score');
SCORED_NO_PAIN.add({ kind: 'resolution' });

/** The 0-to-10 score of the phrase from `first` ("2") to `last` ("10"), or -1 when it is no pain score. */
export function painScore(stream: TokenStream, first: number, last: number): number {
  const { text, starts, ends } = stream;
  if (Number(text.slice(starts[last]!, ends[last]!)) !== SCALE) return -1;
  // "2.5/10" is read "2", "5", "/", "10": the score starts at the whole number.
  let start = starts[first]!;
  if (start >= 2 && text.charCodeAt(start - 1) === DOT && isDigit(text.charCodeAt(start - 2))) {
    start--;
    while (start > 0 && isDigit(text.charCodeAt(start - 1))) start--;
  }
  const score = Number(text.slice(start, ends[first]!));
  return score <= SCALE ? score : -1;
}
