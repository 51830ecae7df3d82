// Sentences that speak of red flags without anyone having them: advice that
// names a doctor or a check ("what needs a doctor: fever, night pain", "back
// pain + chest pain = get an ECG", "a fall should be X-rayed"), and questions
// put to someone ("did you have any numbness?").
import * as lexiconFlags from '../detector/lexicon';
import type { Lexicon } from '../detector/lexicon';
import type { TokenStream } from '../detector/tokenize';
import { Scratch } from '../detector/scratch';
import { ADVICE_WORDS, ASKED_WORDS } from './lexicon/adviceWords';
import { wordSet } from './wordSet';

const { FIRST_PERSON } = lexiconFlags;
const isAdvice = wordSet(ADVICE_WORDS);
const isAsked = wordSet(ASKED_WORDS);
const QUESTION_MARK = 63;

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
    if (isAdvice(text, starts[t]!, ends[t]!)) return true;
    if (isAsked(text, starts[t]!, ends[t]!)) asks = true;
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
    if (sentences[t] === sentence && id > 0 && lexicon.flags[id]! & FIRST_PERSON) return true;
  }
  return false;
}
