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

/** Character ranges [start, end) of reported clauses, flat: [s0, e0, s1, e1, …]. */
export function reportedRanges(stream: TokenStream): number[] {
  const { text, starts, ends, ids, sentences, count } = stream;
  const ranges: number[] = [];
  let clauseStart = 0;
  let reporter = false;
  let said = false;
  let from = -1;
  const close = (t: number): void => {
    if (from >= 0) ranges.push(from, t > 0 ? ends[t - 1]! : 0);
    from = -1;
  };
  for (let t = 0; t < count; t++) {
    const id = ids[t]!;
    if (id < 0) {
      if (id !== CLAUSE_TOKEN) close(t);
      clauseStart = t + 1;
      reporter = said = false;
      continue;
    }
    if (t > 0 && sentences[t] !== sentences[t - 1]) close(t);
    const start = starts[t]!;
    const end = ends[t]!;
    if (from >= 0 && t === clauseStart && isOwnTurn(text, start, end)) close(t);
    if (isReporter(text, start, end)) reporter = true;
    else if (isSaid(text, start, end)) said = true;
    if (reporter && said && from < 0) from = starts[clauseStart]!;
  }
  close(count);
  return ranges;
}
