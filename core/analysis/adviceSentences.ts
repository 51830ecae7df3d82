// Sentences that speak of red flags without anyone having them: advice that
// names a doctor or a check ("what needs a doctor: fever, night pain", "back
// pain + chest pain = get an ECG", "a fall should be X-rayed"), and questions
// put to someone ("did you have any numbness?").
import * as lexiconFlags from '../detector/lexicon';
import type { Lexicon } from '../detector/lexicon';
import type { TokenStream } from '../detector/tokenize';
import { Scratch } from '../detector/scratch';
import { ADVICE_WORDS, ASKED_WORDS, AT_WORDS, LOOKED_WORDS, NOT_SEEN_WORDS, READ_WORDS } from './lexicon/adviceWords';
import { wordSet, wordSetSkippingApostrophes } from './wordSet';

const { FIRST_PERSON } = lexiconFlags;
const isAdvice = wordSet(ADVICE_WORDS);
const isAsked = wordSet(ASKED_WORDS);
const isLooked = wordSet(LOOKED_WORDS);
const isAt = wordSet(AT_WORDS);
const isRead = wordSet(READ_WORDS);
const isNotSeen = wordSetSkippingApostrophes(NOT_SEEN_WORDS);
const QUESTION_MARK = 63;

/** How far back, in words, a "won't" or "haven't" takes the doctor out of the advice. */
const NOT_SEEN_REACH = 4;

/** How near a first-person word makes a red flag the writer's own, in words either side. */
const OWN_REACH = 3;

const memoScratch = new Scratch((length) => new Uint8Array(length));
const UNREAD = 0;
const PLAIN = 1;
const ADVICE = 2;

/**
 * A test of whether the sentence of a token is advice or a question about symptoms. Each sentence
 * is read when first asked of, once: most posts ask of one sentence or none. (Its memo is a buffer
 * reused by the next call.)
 */
export function adviceReader(stream: TokenStream): (token: number) => boolean {
  const { sentences, count } = stream;
  const memo = memoScratch.view(count > 0 ? sentences[count - 1]! + 1 : 1);
  memo.fill(UNREAD);
  return (token) => {
    const sentence = sentences[token]!;
    if (memo[sentence] === UNREAD) {
      let first = token;
      while (first > 0 && sentences[first - 1] === sentence) first--;
      memo[sentence] = isAdviceSentence(stream, first) ? ADVICE : PLAIN;
    }
    return memo[sentence] === ADVICE;
  };
}

/** Does the sentence from token `first` name a doctor or a check, or ask ("did you have…?")? */
function isAdviceSentence(stream: TokenStream, first: number): boolean {
  const { text, starts, ends, ids, sentences, count } = stream;
  const sentence = sentences[first]!;
  let asks = false;
  for (let t = first; t < count && sentences[t] === sentence; t++) {
    if (ids[t]! < 0) {
      if (text.charCodeAt(starts[t]!) === QUESTION_MARK && asks) return true;
      continue;
    }
    if (isAdvice(text, starts[t]!, ends[t]!)) {
      if (!notSeen(stream, t)) return true;
    } else if (isLooked(text, starts[t]!, ends[t]!)) {
      if (t + 1 < count && ids[t + 1]! >= 0 && isAt(text, starts[t + 1]!, ends[t + 1]!)) return true;
    } else if (isAsked(text, starts[t]!, ends[t]!)) asks = true;
  }
  return false;
}

/**
 * Is a first-person word ("my", "me", "I") right by the red flag at tokens first..last, in its
 * sentence? Then it is the writer's own, doctor or not: "my legs went numb, should I see a doctor?".
 */
export function ownedByWriter(stream: TokenStream, lexicon: Lexicon, first: number, last: number): boolean {
  const { ids, sentences, count } = stream;
  const sentence = sentences[first]!;
  for (let t = Math.max(0, first - OWN_REACH); t <= Math.min(count - 1, last + OWN_REACH); t++) {
    const id = ids[t]!;
    if (sentences[t] !== sentence || id <= 0 || !(lexicon.flags[id]! & FIRST_PERSON)) continue;
    // "I read that …" is the writer's reading, not their symptom.
    if (t + 1 < count && ids[t + 1]! >= 0 && isRead(stream.text, stream.starts[t + 1]!, stream.ends[t + 1]!)) continue;
    return true;
  }
  return false;
}

/** "won't go to the doctor", "haven't seen a GP yet": a refusal or a wait, not advice. */
function notSeen(stream: TokenStream, t: number): boolean {
  const { text, starts, ends, ids, sentences } = stream;
  for (let u = t - 1; u >= 0 && u >= t - NOT_SEEN_REACH && sentences[u] === sentences[t]; u--) {
    if (ids[u]! >= 0 && isNotSeen(text, starts[u]!, ends[u]!)) return true;
  }
  return false;
}
