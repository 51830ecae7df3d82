// Clauses that pass on someone else's view of the cause ("my physio said it's posture", "people on
// here reckon it's core"), so the writer's own suspicions can rank above them. A report runs from
// its clause to the end of the sentence, unless the writer turns to their own view first ("…, but I
// think it's the shoes").
import type { TokenStream } from '../detector/tokenize';
import * as tokens from '../detector/tokenize';
import { wordSet } from './wordSet';

// Local copies of imported constants (see detector/tokenize.ts).
const { CLAUSE_TOKEN } = tokens;

const isReporter = wordSet([
  'physio', 'physios', 'physiotherapist', 'doctor', 'doctors', 'doc', 'gp', 'chiro', 'chiropractor', 'osteo', 'osteopath',
  'coach', 'trainer', 'therapist', 'husband', 'wife', 'partner', 'hubby', 'boyfriend', 'girlfriend', 'someone', 'somebody',
  'people', 'they', 'forum', 'everyone', 'friend', 'friends', 'clubmate', 'clubmates', 'he', 'she', 'google', 'internet',
]);
const isSaid = wordSet([
  'said', 'says', 'say', 'told', 'tells', 'suggested', 'suggests', 'reckons', 'reckoned', 'thinks', 'thought', 'blamed',
  'blames', 'recommended', 'recommends', 'insists', 'insisted', 'reckon', 'think',
]);
/** The writer's own turn: "but I think…". */
const isOwnTurn = wordSet(['but', 'however', 'though', 'although', 'whereas', 'i', 'im', 'id', 'ive', 'me', 'my']);

/**
 * Character ranges [start, end) of reported clauses in the sentences of `cues` (in text order), flat
 * and sorted: [s0, e0, s1, e1, …]. Only those sentences are read, so the work stays with the cues.
 */
export function reportedRanges(stream: TokenStream, cues: readonly { sentence: number }[]): number[] {
  const ranges: number[] = [];
  let last = -1;
  for (const { sentence } of cues) {
    if (sentence === last) continue;
    last = sentence;
    const first = firstTokenOf(stream, sentence);
    if (first >= 0) readSentence(stream, first, ranges);
  }
  return ranges;
}

/** The first token of sentence `sentence` (token sentences never decrease), or -1. */
function firstTokenOf(stream: TokenStream, sentence: number): number {
  let low = 0;
  let high = stream.count;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (stream.sentences[middle]! < sentence) low = middle + 1;
    else high = middle;
  }
  return low < stream.count && stream.sentences[low] === sentence ? low : -1;
}

/** Does the sentence from `firstToken` hold a verb of saying? Most do not, and are read no further. */
function hasSaying(stream: TokenStream, firstToken: number): boolean {
  const { text, starts, ends, ids, sentences, count } = stream;
  const sentence = sentences[firstToken]!;
  for (let t = firstToken; t < count && sentences[t] === sentence; t++) if (ids[t]! >= 0 && isSaid(text, starts[t]!, ends[t]!)) return true;
  return false;
}

function readSentence(stream: TokenStream, firstToken: number, ranges: number[]): void {
  if (!hasSaying(stream, firstToken)) return;
  const { text, starts, ends, ids, sentences, count } = stream;
  const sentence = sentences[firstToken]!;
  let clauseStart = firstToken;
  let reporter = false;
  let said = false;
  let from = -1;
  const close = (t: number): void => {
    if (from >= 0) ranges.push(from, ends[t - 1]!);
    from = -1;
  };
  let t = firstToken;
  for (; t < count && sentences[t] === sentence; t++) {
    const id = ids[t]!;
    if (id < 0) {
      if (id !== CLAUSE_TOKEN) close(t);
      clauseStart = t + 1;
      reporter = said = false;
      continue;
    }
    const start = starts[t]!;
    const end = ends[t]!;
    if (from >= 0 && t === clauseStart && isOwnTurn(text, start, end)) close(t);
    if (isReporter(text, start, end)) reporter = true;
    else if (isSaid(text, start, end)) said = true;
    if (reporter && said && from < 0) from = starts[clauseStart]!;
  }
  close(t);
}
