// Temperature readings as cold-weather cues: "-5C", "28F", "2 degrees".
import type { CueCheck } from '../../detector/roles';

export const TEMPERATURE_PATTERNS = ['# c|f|celsius|fahrenheit|degrees|degree|deg|degc|degf', '# degrees|degree|deg c|f|celsius|fahrenheit'];

const COLD_CELSIUS = 7;
const COLD_FAHRENHEIT = 40;
const COLD_UNKNOWN_UNIT = 5;

/** "34F, been running 2 yrs", "I'm 29F": Reddit's age/sex tag, not a temperature. */
function looksLikeAgeAndSex(stream: Parameters<CueCheck>[0], numberToken: number): boolean {
  if (numberToken === 0) return true;
  const { text, starts, ends, ids, sentences } = stream;
  if (ids[numberToken - 1]! < 0 || sentences[numberToken - 1] !== sentences[numberToken]) return true;
  const before = text.slice(starts[numberToken - 1]!, ends[numberToken - 1]!).toLowerCase();
  return before === 'im' || before === 'i\'m' || before === 'i’m' || before === 'am' || text[starts[numberToken]! - 1] === '(';
}

export const isColdReading: CueCheck = (stream, firstToken, lastToken) => {
  const { text, starts, ends } = stream;
  const numberStart = starts[firstToken]!;
  const value = Number(text.slice(numberStart, ends[firstToken]!));
  const sign = numberStart > 0 ? text.charCodeAt(numberStart - 1) : 0;
  if (sign === 45 /* - */ || sign === 0x2212 /* − */) return true;
  const unit = text.slice(starts[lastToken]!, ends[lastToken]!).toLowerCase();
  if (unit.startsWith('c') || unit === 'degc') return value <= COLD_CELSIUS;
  if (unit === 'f' && looksLikeAgeAndSex(stream, firstToken)) return false;
  if (unit.startsWith('f') || unit === 'degf') return value <= COLD_FAHRENHEIT;
  return value <= COLD_UNKNOWN_UNIT;
};
