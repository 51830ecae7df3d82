// A negated pain that is really a condition on when it hurts, so the pain is there (active):
// "my back is only free of pain on the bike", "no back pain except on hill days",
// "never any back pain at other times", "can't do 5k without the back aching",
// "is it possible to run 50 miles a week without lower back pain?" (asked about, so discussed).
// And a fronted "without" whose scope is a thing, not the pain: "without a decent core my lower
// back aches" (see frontedWithout).
import { tokenIsOneOf } from './tokenWord';
import { PARAGRAPH_TOKEN, SENTENCE_TOKEN, type TokenStream } from './tokenize';

const REACH = 6;
const QUESTION_MARK = 63;
const isOnly = tokenIsOneOf(['only']);
const isOther = tokenIsOneOf(['other']);
const isWithout = tokenIsOneOf(['without']);
const isThat = tokenIsOneOf(['that', 'this']);
const isOnlyWhat = tokenIsOneOf(['time', 'times', 'day', 'days', 'run', 'runs', 'place', 'places']);
const isExcept = tokenIsOneOf(['except', 'besides', 'apart', 'excluding', 'bar']);
const isOtherWhat = tokenIsOneOf(['than', 'time', 'times']);
const isCannot = tokenIsOneOf(['cant', 'cannot', 'couldnt', 'never']);
/** After "only", what names when it does hurt: "no back pain from running, only from the desk". */
const isOnlyWhen = tokenIsOneOf(['from', 'when', 'on', 'after', 'if', 'during', 'while', 'at', 'whenever']);
/** What opens a mention's own subject: "(without my stretches) my back…". */
const isOwner = tokenIsOneOf(['my', 'the', 'your', 'his', 'her', 'our', 'their']);
/** Words a fronted "without" may follow at the start of a sentence: "but without…", "and honestly without…". */
const isOpener = tokenIsOneOf(['but', 'and', 'so', 'honestly', 'basically', 'yet', 'because', 'cos', 'coz']);

function inSentence(stream: TokenStream, t: number, sentence: number): boolean {
  return t >= 0 && t < stream.count && stream.sentences[t] === sentence;
}

/** "only time|day|run" a few words before. */
function onlyBefore(stream: TokenStream, first: number, sentence: number): boolean {
  for (let t = first - 1; t > first - REACH && inSentence(stream, t - 1, sentence); t--) {
    if (isOnlyWhat(stream, t) && isOnly(stream, t - 1)) return true;
  }
  return false;
}

/** "except", "other than", "any other time", "only when|from…" a few words after (a comma may come between). */
function exceptAfter(stream: TokenStream, last: number, sentence: number): boolean {
  for (let t = last + 1; t <= last + REACH && inSentence(stream, t, sentence); t++) {
    if (stream.ids[t]! < 0) continue;
    const other = isOther(stream, t) && inSentence(stream, t + 1, sentence) && isOtherWhat(stream, t + 1);
    if (other || isExcept(stream, t)) return !saysThat(stream, other ? t + 2 : t + 1, sentence);
    if (isOnly(stream, t) && isOnlyWhen(stream, t + 1)) return true;
  }
  return false;
}

/** "other than that", "apart from that": an aside, no condition. */
function saysThat(stream: TokenStream, from: number, sentence: number): boolean {
  for (let t = from; t <= from + 1 && inSentence(stream, t, sentence) && stream.ids[t]! >= 0; t++) {
    if (isThat(stream, t)) return true;
  }
  return false;
}

/** "without" just before, itself after "can't", "couldn't" or "never" in the sentence. */
function cannotWithout(stream: TokenStream, first: number, sentence: number): boolean {
  for (let t = first - 1; t >= first - 3 && inSentence(stream, t, sentence) && stream.ids[t]! >= 0; t--) {
    if (!isWithout(stream, t)) continue;
    for (let u = t - 1; u >= t - 8 && inSentence(stream, u, sentence); u--) {
      if (isCannot(stream, u)) return true;
    }
    return false;
  }
  return false;
}

/** "without" just before, in a sentence that ends with a question mark. */
function withoutInQuestion(stream: TokenStream, first: number, last: number, sentence: number): boolean {
  let without = false;
  for (let t = first - 1; t >= first - 3 && inSentence(stream, t, sentence) && stream.ids[t]! >= 0; t--) without ||= isWithout(stream, t);
  if (!without) return false;
  let t = last + 1;
  while (inSentence(stream, t, sentence) && stream.ids[t]! !== SENTENCE_TOKEN && stream.ids[t]! !== PARAGRAPH_TOKEN) t++;
  return t < stream.count && stream.text.charCodeAt(stream.starts[t]!) === QUESTION_MARK;
}

/**
 * "Without a decent core my lower back aches", "but without my stretches, my back seizes up": a
 * "without" that opens the sentence takes a thing (a noun phrase), and the mention after it has a
 * subject of its own ("my back"), so the pain is there whenever the thing is missing ("without fail"
 * too: always). Not "without my back hurting" (the mention right after "without").
 */
export function frontedWithout(stream: TokenStream, first: number): boolean {
  const sentence = stream.sentences[first]!;
  const owner = isOwner(stream, first) ? first : first - 1;
  if (!isOwner(stream, owner)) return false;
  let t = owner - 1;
  if (inSentence(stream, t, sentence) && stream.ids[t]! < 0) t--;
  let thing = 0;
  for (; t >= 0 && inSentence(stream, t, sentence) && stream.ids[t]! >= 0 && thing <= REACH; t--, thing++) {
    if (isWithout(stream, t)) break;
  }
  if (thing === 0 || !isWithout(stream, t)) return false;
  for (let u = t - 1; inSentence(stream, u, sentence) && stream.ids[u]! >= 0; u--) {
    if (!isOpener(stream, u)) return false;
  }
  return true;
}

/** Is the negation of the mention at tokens first..last a condition on when it hurts? */
export function conditionalAbsence(stream: TokenStream, first: number, last: number): boolean {
  const sentence = stream.sentences[first]!;
  return (
    onlyBefore(stream, first, sentence) ||
    exceptAfter(stream, last, sentence) ||
    cannotWithout(stream, first, sentence) ||
    withoutInQuestion(stream, first, last, sentence)
  );
}
