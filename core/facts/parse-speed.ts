import { parseQuantity, type DecimalSeparator } from './parse-number';

const KPH_PER_MPH = 1.609344;
const KPH_PER_MPS = 3.6;

/** A speed in km/h from `6 km/h`, `NW 14 km/h`, `9 mph`, `11 mi/h`, `4 m/s`; undefined without a known unit. */
export function parseSpeedKph(text: string, decimal?: DecimalSeparator): number | undefined {
  const quantity = parseQuantity(text, decimal);
  if (!quantity || quantity.value < 0) return undefined;
  const { value, unit } = quantity;
  if (/^(km\/h|kph|kmh)/.test(unit)) return value;
  if (/^(mph|mi\/h)/.test(unit)) return value * KPH_PER_MPH;
  if (/^m\/s/.test(unit)) return value * KPH_PER_MPS;
  return undefined;
}
