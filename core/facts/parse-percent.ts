import { parseQuantity, type DecimalSeparator } from './parse-number';

/** A percentage from `88%`, `92 %`, `46,5 %`; undefined without `%` or outside 0..100. */
export function parsePercent(text: string, decimal?: DecimalSeparator): number | undefined {
  const quantity = parseQuantity(text, decimal);
  if (!quantity || !quantity.unit.startsWith('%')) return undefined;
  return quantity.value >= 0 && quantity.value <= 100 ? quantity.value : undefined;
}
