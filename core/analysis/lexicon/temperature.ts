// Temperature readings as cold-weather cues: "-5C", "28F", "2 degrees".
import type { CueCheck } from '../../detector/roles';

export const TEMPERATURE_PATTERNS = ['# c|f|celsius|fahrenheit|degrees|degree|deg|degc|degf', '# degrees|degree|deg c|f|celsius|fahrenheit'];

const COLD_CELSIUS = 7;
const COLD_FAHRENHEIT = 40;
const COLD_UNKNOWN_UNIT = 5;

export const isColdReading: CueCheck = (stream, firstToken, lastToken) => {
  const { text, starts, ends } = stream;
  const numberStart = starts[firstToken]!;
  const value = Number(text.slice(numberStart, ends[firstToken]!));
  const sign = numberStart > 0 ? text.charCodeAt(numberStart - 1) : 0;
  if (sign === 45 /* - */ || sign === 0x2212 /* − */) return true;
  const unit = text.slice(starts[lastToken]!, ends[lastToken]!).toLowerCase();
  if (unit.startsWith('c') || unit === 'degc') return value <= COLD_CELSIUS;
  if (unit.startsWith('f') || unit === 'degf') return value <= COLD_FAHRENHEIT;
  return value <= COLD_UNKNOWN_UNIT;
};
