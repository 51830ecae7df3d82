// Builds a CueCheck that looks for any of some words in the same sentence
// (within a bounded window, so the scan stays linear overall).
import type { CueCheck } from '../detector/roles';
import { wordSet } from './wordSet';

const WINDOW = 25;

/** With `nextToo`, the next sentence counts as well ("Stiff every morning for a year. Better once I run."). */
export function sentenceHas(words: readonly string[], wanted: boolean, nextToo = false): CueCheck {
  const isWanted = wordSet(words);
  return (stream, firstToken, lastToken) => {
    const { text, starts, ends, ids, sentences, count } = stream;
    const sentence = sentences[firstToken]!;
    const lastSentence = nextToo ? sentence + 1 : sentence;
    const from = Math.max(0, firstToken - WINDOW);
    const to = Math.min(count - 1, lastToken + WINDOW);
    for (let t = from; t <= to; t++) {
      if (ids[t]! < 0 || sentences[t]! < sentence || sentences[t]! > lastSentence || (t >= firstToken && t <= lastToken)) continue;
      if (isWanted(text, starts[t]!, ends[t]!)) return wanted;
    }
    return !wanted;
  };
}
