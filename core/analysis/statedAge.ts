// A writer's stated age: "I'm 56", "56M", "F52", "aged 61", "a 15-year-old", "in my sixties",
// "teenager". Red flags move with age: a minor fall at over 50, a young athlete's arching pain.
import type { CueCheck } from '../detector/roles';
import type { TokenStream } from '../detector/tokenize';
import { wordSetSkippingApostrophes, type WordTest } from './wordSet';

const isAgeBefore = wordSetSkippingApostrophes(['im', 'am', 'aged', 'age', 'm', 'f', 'male', 'female', 'turned', 'turning', 'now', 'is', 'dad', 'mum', 'mom', 'father', 'mother', 'son', 'daughter', 'husband', 'wife', 'partner', 'grandad', 'grandma', 'nan', 'he', 'she', 'hes', 'shes']);
const isAgeAfter = wordSetSkippingApostrophes(['m', 'f', 'yo', 'y', 'yrs', 'years', 'year', 'yr', 'male', 'female', 'yoa']);
const isOlderDecade = wordSetSkippingApostrophes(['fifties', 'sixties', 'seventies', 'eighties']);
const isMy = wordSetSkippingApostrophes(['my']);
const isS = wordSetSkippingApostrophes(['s']);
const isAnd = wordSetSkippingApostrophes(['and']);
const isYoungWord = wordSetSkippingApostrophes(['teen', 'teens', 'teenager', 'teenage', 'teenagers', 'highschool', 'junior', 'juniors', 'adolescent', 'gcse', 'gcses']);
const isHigh = wordSetSkippingApostrophes(['high', 'secondary']);
const isSchool = wordSetSkippingApostrophes(['school']);

const OLD = 50;
const COMMA = 44;
const YOUNG_FROM = 10;
const YOUNG_TO = 19;
/** How far from a cue, in words, a young age is looked for ("I'm 16 and do cross country."). */
const YOUNG_REACH = 60;

function isWord(stream: TokenStream, t: number, test: WordTest): boolean {
  return t >= 0 && t < stream.count && stream.ids[t]! >= 0 && test(stream.text, stream.starts[t]!, stream.ends[t]!);
}

/** The age a number token states ("I'm 56", "56M", "56 years old"), or -1 when it states none. */
function ageAt(stream: TokenStream, t: number): number {
  const { text, starts, ends } = stream;
  const start = starts[t]!;
  const end = ends[t]!;
  if (end - start > 3 || !isDigits(text, start, end)) return -1;
  // "in my 50s" (not "6 x 60s", strides).
  const decade = isWord(stream, t - 1, isMy) && isWord(stream, t + 1, isS);
  // "63 and training for my fifth half": a number opening its sentence, then "and".
  const opening = (t === 0 || stream.ids[t - 1]! < 0) && isWord(stream, t + 1, isAnd);
  // "17, cross country": the post opens with a number, a comma and a word.
  const openingComma = t === 0 && t + 2 < stream.count && text.charCodeAt(starts[1]!) === COMMA && stream.ids[2]! >= 0 && !isDigits(text, starts[2]!, ends[2]!);
  // "my dad (74)": a bracket between the person and the age.
  const before = t > 0 && stream.ids[t - 1]! < 0 ? t - 2 : t - 1;
  if (!decade && !opening && !openingComma && !isWord(stream, before, isAgeBefore) && !isWord(stream, t + 1, isAgeAfter)) return -1;
  return Number(text.slice(start, end));
}

function isDigits(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return end > start;
}

/** Does the post say the writer is 50 or over? One pass over the tokens. */
export function saysOver50(stream: TokenStream): boolean {
  for (let t = 0; t < stream.count; t++) {
    if (ageAt(stream, t) >= OLD || isWord(stream, t, isOlderDecade)) return true;
  }
  return false;
}

function youngAt(stream: TokenStream, t: number): boolean {
  if (isWord(stream, t, isYoungWord)) return true;
  if (isWord(stream, t, isSchool) && isWord(stream, t - 1, isHigh)) return true;
  const age = ageAt(stream, t);
  return age >= YOUNG_FROM && age <= YOUNG_TO;
}

/** A CueCheck: is a young age stated near the cue? */
export const youngNearby: CueCheck = (stream, first, last) => {
  for (let t = Math.max(0, first - YOUNG_REACH); t <= Math.min(stream.count - 1, last + YOUNG_REACH); t++) {
    if (youngAt(stream, t)) return true;
  }
  return false;
};
