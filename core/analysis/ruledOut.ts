// A cause the writer rules out is no cause: "I don't think it's a weak core", "I doubt it's the
// hills", "it isn't my shoes", "the shoes are not the issue". ("Not the hills" is negated already,
// see collectCues.) Looks a few words either side of the cue, in its sentence, over words that
// only carry the sentence ("it's", "a", "probably").
import type { CueCheck } from '../detector/roles';
import { tokenIsOneOf } from '../detector/tokenWord';

const REACH = 6;

/** Words that deny what follows: "don't (think it's)", "doubt (it's)", "isn't". */
const isDeny = tokenIsOneOf(['not', 'isnt', 'wasnt', 'arent', 'dont', 'doesnt', 'didnt', 'doubt', 'never']);
/** Words a denial reaches over. */
const isCarry = tokenIsOneOf([
  'i', 'it', 'its', 'is', 'was', 'a', 'an', 'the', 'my', 'that', 'this', 'just', 'really', 'definitely', 'probably',
  'certainly', 'think', 'believe', 'reckon', 'be', 'would', 'say', 'to', 'so', 'imagine', 'are', 'were', 'they', 'theyre',
]);
const isArticle = tokenIsOneOf(['the', 'a', 'an', 'to', 'my']);
/** After a denial that follows the cue, what it denies: "…is not the issue", "…isn't to blame". */
const isBlamed = tokenIsOneOf(['issue', 'problem', 'cause', 'culprit', 'blame', 'reason', 'factor', 'it', 'that']);


export const notRuledOut: CueCheck = (stream, first, last) => {
  const { ids, sentences, count } = stream;
  const sentence = sentences[first]!;
  for (let t = first - 1; t >= 0 && t >= first - REACH && ids[t]! >= 0 && sentences[t] === sentence; t--) {
    if (isDeny(stream, t)) return false;
    if (!isCarry(stream, t)) break;
  }
  for (let t = last + 1; t < count && t <= last + REACH && ids[t]! >= 0 && sentences[t] === sentence; t++) {
    if (isDeny(stream, t)) {
      for (let u = t + 1; u < count && u <= t + 3 && ids[u]! >= 0; u++) {
        if (isBlamed(stream, u)) return false;
        if (!isArticle(stream, u)) break;
      }
      break;
    }
    if (!isCarry(stream, t)) break;
  }
  return true;
};
