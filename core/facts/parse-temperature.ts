import { parseQuantity, type DecimalSeparator } from './parse-number';

/**
 * A temperature in °C from `24 ℃`, `-3.0 °C`, `−2°C`, `34 °F`, `34℉`. A bare `°` says nothing
 * about the scale, so it gives undefined rather than a guess.
 */
export function parseTemperatureC(text: string, decimal?: DecimalSeparator): number | undefined {
  const quantity = parseQuantity(text, decimal);
  if (!quantity) return undefined;
  const unit = quantity.unit.replace(/\s+/g, '');
  if (/^(°c|℃|c(?![a-z])|celsius)/.test(unit)) return quantity.value;
  if (/^(°f|℉|f(?![a-z])|fahrenheit)/.test(unit)) return withoutNegativeZero(((quantity.value - 32) * 5) / 9);
  return undefined;
}

function withoutNegativeZero(value: number): number {
  return value === 0 ? 0 : value;
}
