// Builds a CueCheck that wants one of some words among the few words just
// before the cue, in the same clause ("worst back pain ever").
import type { CueCheck } from '../detector/roles';

export function precededBy(words: readonly string[], maxWords: number): CueCheck {
  const set = new Set(words);
  return (stream, firstToken) => {
    const { text, starts, ends, ids } = stream;
    for (let t = firstToken - 1; t >= 0 && t >= firstToken - maxWords; t--) {
      if (ids[t]! < 0) return false;
      if (set.has(text.slice(starts[t]!, ends[t]!).toLowerCase())) return true;
    }
    return false;
  };
}
