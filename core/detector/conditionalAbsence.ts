// A negated pain that is really a condition on when it hurts, so the pain is there (active):
// "the only time my back doesn't hurt is when I run", "no back pain except on long runs",
// "I don't get back pain any other time", "I can't run a mile without my back aching".
import { tokenWord } from './tokenWord';
import type { TokenStream } from './tokenize';

const REACH = 6;
const ONLY_WHAT = new Set(['time', 'times', 'day', 'days', 'run', 'runs', 'place', 'places']);
const EXCEPT = new Set(['except', 'besides', 'apart', 'excluding', 'bar']);
const OTHER_WHAT = new Set(['than', 'time', 'times']);
const CANNOT = new Set(['cant', 'cannot', 'couldnt', 'never']);

function inSentence(stream: TokenStream, t: number, sentence: number): boolean {
  return t >= 0 && t < stream.count && stream.sentences[t] === sentence;
}

/** "only time|day|run" a few words before. */
function onlyBefore(stream: TokenStream, first: number, sentence: number): boolean {
  for (let t = first - 1; t > first - REACH && inSentence(stream, t - 1, sentence); t--) {
    if (stream.ids[t]! >= 0 && stream.ids[t - 1]! >= 0 && ONLY_WHAT.has(tokenWord(stream, t)) && tokenWord(stream, t - 1) === 'only') return true;
  }
  return false;
}

/** "except", "other than", "any other time" a few words after (a comma may come between). */
function exceptAfter(stream: TokenStream, last: number, sentence: number): boolean {
  for (let t = last + 1; t <= last + REACH && inSentence(stream, t, sentence); t++) {
    if (stream.ids[t]! < 0) continue;
    const word = tokenWord(stream, t);
    const other = word === 'other' && inSentence(stream, t + 1, sentence) && OTHER_WHAT.has(tokenWord(stream, t + 1));
    if (EXCEPT.has(word) || other) return !saysThat(stream, other ? t + 2 : t + 1, sentence);
  }
  return false;
}

/** "other than that", "apart from that": an aside, no condition. */
function saysThat(stream: TokenStream, from: number, sentence: number): boolean {
  for (let t = from; t <= from + 1 && inSentence(stream, t, sentence) && stream.ids[t]! >= 0; t++) {
    const word = tokenWord(stream, t);
    if (word === 'that' || word === 'this') return true;
  }
  return false;
}

/** "without" just before, itself after "can't", "couldn't" or "never" in the sentence. */
function cannotWithout(stream: TokenStream, first: number, sentence: number): boolean {
  for (let t = first - 1; t >= first - 3 && inSentence(stream, t, sentence) && stream.ids[t]! >= 0; t--) {
    if (tokenWord(stream, t) !== 'without') continue;
    for (let u = t - 1; u >= t - 8 && inSentence(stream, u, sentence); u--) {
      if (stream.ids[u]! >= 0 && CANNOT.has(tokenWord(stream, u))) return true;
    }
    return false;
  }
  return false;
}

/** Is the negation of the mention at tokens first..last a condition on when it hurts? */
export function conditionalAbsence(stream: TokenStream, first: number, last: number): boolean {
  const sentence = stream.sentences[first]!;
  return onlyBefore(stream, first, sentence) || exceptAfter(stream, last, sentence) || cannotWithout(stream, first, sentence);
}
