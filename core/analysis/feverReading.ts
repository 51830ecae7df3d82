// A temperature reading that is a fever: 38 to 43 °C, or 100 to 108 °F ("temp 38", "temperature
// of 101"); a weather reading ("temp was 25") is not.
import type { CueCheck } from '../detector/roles';

const CELSIUS = [38, 43];
const FAHRENHEIT = [100, 108];

export const isFeverReading: CueCheck = (stream, _first, last) => {
  const { text, starts, ends } = stream;
  const value = Number(text.slice(starts[last]!, ends[last]!));
  return (value >= CELSIUS[0]! && value <= CELSIUS[1]!) || (value >= FAHRENHEIT[0]! && value <= FAHRENHEIT[1]!);
};
