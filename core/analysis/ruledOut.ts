// A cause the writer rules out is no cause: "I don't think it's a weak core", "I doubt it's the
// hills", "it isn't my shoes", "the shoes are not the issue", "mileage is the same as ever", "my
// mileage isn't that high", "before anyone says core". ("Not the hills" is negated already, see
// collectCues.) Looks a few words either side of the cue, in its sentence, over words that only
// carry the sentence ("it's", "a", "probably"). A scene of the run that went well is ruled out too
// (sceneNotRuledOut): "ran up the hills without any problems", "my usual hill loop, which felt
// great", "loved every climb".
import type { CueCheck } from '../detector/roles';
import { tokenIsOneOf } from '../detector/tokenWord';
import { CLAUSE_TOKEN, type TokenStream } from '../detector/tokenize';

const REACH = 6;

/** Words that deny what follows: "don't (think it's)", "doubt (it's)", "isn't". */
const isDeny = tokenIsOneOf(['not', 'isnt', 'wasnt', 'arent', 'dont', 'doesnt', 'didnt', 'doubt', 'never', 'havent', 'hasnt', 'cant', 'cannot', 'couldnt']);
/** Words a denial reaches over. */
const isCarry = tokenIsOneOf([
  'i', 'it', 'its', 'is', 'was', 'a', 'an', 'the', 'my', 'that', 'this', 'just', 'really', 'definitely', 'probably',
  'certainly', 'think', 'believe', 'reckon', 'be', 'would', 'say', 'to', 'so', 'imagine', 'are', 'were', 'they', 'theyre',
  'changed', 'switched', 'has', 'have', 'been', 'stayed', 'as',
]);
/** After the cue, what says it has not changed: "mileage is the same", "shoes unchanged". */
const isSteady = tokenIsOneOf(['same', 'unchanged', 'steady', 'consistent', 'usual']);
/** "isn't that high", "not very big": a denied size after the cue. */
const isDegree = tokenIsOneOf(['that', 'very', 'too', 'so', 'particularly', 'especially', 'crazy', 'super']);
const isHigh = tokenIsOneOf(['high', 'big', 'much', 'huge', 'large', 'heavy', 'crazy', 'extreme']);
/** "before anyone says core": the writer answers a suggestion before it is made. */
const isSay = tokenIsOneOf(['say', 'says', 'suggest', 'suggests', 'mention', 'mentions', 'asks', 'shouts', 'blames']);
const isAnyone = tokenIsOneOf(['anyone', 'anybody', 'someone', 'somebody', 'you', 'people', 'everyone']);
const isBefore = tokenIsOneOf(['before']);
const isArticle = tokenIsOneOf(['the', 'a', 'an', 'to', 'my']);
/** After a denial that follows the cue, what it denies: "…is not the issue", "…isn't to blame", "…haven't changed". */
const isBlamed = tokenIsOneOf(['issue', 'problem', 'cause', 'culprit', 'blame', 'reason', 'factor', 'it', 'that', 'changed', 'either']);

/** "went well": after the cue, a trouble denied ("without any problems", "no issues") or a good feeling ("felt great"). */
const isTrouble = tokenIsOneOf(['problem', 'problems', 'trouble', 'troubles', 'issue', 'issues', 'bother', 'niggles']);
const isNone = tokenIsOneOf(['no', 'without', 'zero']);
const isFelt = tokenIsOneOf(['felt', 'feel', 'feels', 'was', 'were', 'went']);
const isGood = tokenIsOneOf(['great', 'fine', 'good', 'easy', 'amazing', 'lovely', 'brilliant', 'strong', 'comfortable', 'fantastic', 'smooth']);
const isLoved = tokenIsOneOf(['loved', 'enjoyed', 'relished']);
/** After the cue, what ties something else to the pain, so the scene may still be to blame: "felt great, but…". */
const isContrast = tokenIsOneOf(['but', 'though', 'although', 'until', 'till', 'then', 'except', 'yet', 'however', 'later', 'after', 'afterwards', 'next']);
const isWhich = tokenIsOneOf(['which', 'and']);
const WELL_REACH = 8;
/** How far a contrast may turn the scene round ("…felt great, then at the bus stop later my back…"). */
const CONTRAST_REACH = 16;

/** Did the scene of the cue go well, in its own sentence and with nothing after that turns it round? */
function wentWell(stream: TokenStream, first: number, last: number): boolean {
  const { ids, sentences, count } = stream;
  const sentence = sentences[first]!;
  let well = false;
  for (let t = first - 1; t >= first - 2 && t >= 0 && ids[t]! >= 0; t--) well ||= isLoved(stream, t);
  for (let t = last + 1; t < count && t <= last + CONTRAST_REACH && sentences[t] === sentence; t++) {
    if (ids[t]! < 0) {
      // Only "…, which felt great" and "…, and loved it" cross a comma.
      if (ids[t] !== CLAUSE_TOKEN || !isWhich(stream, t + 1)) break;
      continue;
    }
    if (isContrast(stream, t)) return false;
    if (t - last > WELL_REACH) continue;
    well ||= isLoved(stream, t) || (isGood(stream, t) && isFelt(stream, t - 1)) || (isTrouble(stream, t) && (isNone(stream, t - 1) || isNone(stream, t - 2)));
  }
  return well;
}

export const notRuledOut: CueCheck = (stream, first, last) => {
  const { ids, sentences, count } = stream;
  const sentence = sentences[first]!;
  for (let t = first - 1; t >= 0 && t >= first - REACH && ids[t]! >= 0 && sentences[t] === sentence; t--) {
    if (isDeny(stream, t) || (isSay(stream, t) && isAnyone(stream, t - 1) && isBefore(stream, t - 2))) return false;
    if (!isCarry(stream, t)) break;
  }
  for (let t = last + 1; t < count && t <= last + REACH && ids[t]! >= 0 && sentences[t] === sentence; t++) {
    if (isSteady(stream, t)) return false;
    if (isDeny(stream, t)) {
      for (let u = t + 1; u < count && u <= t + 3 && ids[u]! >= 0; u++) {
        if (isBlamed(stream, u) || isHigh(stream, u)) return false;
        if (!isArticle(stream, u) && !isDegree(stream, u)) break;
      }
      break;
    }
    if (!isCarry(stream, t)) break;
  }
  return true;
};

/** For a cue that names a scene of the run (a hill, a trail, the cold), which may have gone well. */
export const sceneNotRuledOut: CueCheck = (stream, first, last) => notRuledOut(stream, first, last) && !wentWell(stream, first, last);
