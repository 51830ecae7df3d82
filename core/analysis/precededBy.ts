// Builds a CueCheck that wants one of some words among the few words just
// before the cue, in the same clause ("worst back pain ever").
import type { CueCheck } from '../detector/roles';
import { wordSet } from './wordSet';

export function precededBy(words: readonly string[], maxWords: number): CueCheck {
  const isWanted = wordSet(words);
  return (stream, firstToken) => {
    const { text, starts, ends, ids } = stream;
    for (let t = firstToken - 1; t >= 0 && t >= firstToken - maxWords; t--) {
      if (ids[t]! < 0) return false;
      if (isWanted(text, starts[t]!, ends[t]!)) return true;
    }
    return false;
  };
}
