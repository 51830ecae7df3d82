import { parseQuantity, type DecimalSeparator } from './parse-number';

const KM_PER_MILE = 1.609344;
const M_PER_FOOT = 0.3048;

/** A distance in km from `29.12 km`, `18.1 mi`, `800 m`, `12,41 Kilometer`; undefined without a known unit. */
export function parseDistanceKm(text: string, decimal?: DecimalSeparator): number | undefined {
  const quantity = parseQuantity(text, decimal);
  if (!quantity || quantity.value < 0) return undefined;
  const { value, unit } = quantity;
  if (/^(km|kilomet)/.test(unit)) return value;
  if (/^(mi(?![a-z])|mile)/.test(unit)) return value * KM_PER_MILE;
  if (/^(m(?![a-z])|meter|metre)/.test(unit)) return value / 1000;
  return undefined;
}

/** A height in m from `486 m`, `1,594 ft`, `2.345 Meter`; undefined without a known unit. */
export function parseElevationM(text: string, decimal?: DecimalSeparator): number | undefined {
  const quantity = parseQuantity(text, decimal);
  if (!quantity || quantity.value < 0) return undefined;
  const { value, unit } = quantity;
  if (/^(m(?![a-z])|meter|metre)/.test(unit)) return value;
  if (/^(ft|feet|foot|')/.test(unit)) return value * M_PER_FOOT;
  return undefined;
}
