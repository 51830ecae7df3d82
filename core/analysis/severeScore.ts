// A pain score in the severe band ("8/10", "9 out of 10") as a red flag: 7 and up is severe
// pain on the usual 0-10 scale; below that ("3/10") it is not.
import type { CueCheck } from '../detector/roles';
import { painScore } from '../detector/painScore';

const SEVERE = 7;

export const isSevereScore: CueCheck = (stream, firstToken, lastToken) => painScore(stream, firstToken, lastToken) >= SEVERE;
