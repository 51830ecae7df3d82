import { statText } from './stat-text';

/** The character a locale writes between a number's whole and fractional parts. */
export type DecimalSeparator = '.' | ',';

/** A number as written on a page, and the text after it (lower-cased, trimmed): its unit. */
export interface Quantity {
  value: number;
  unit: string;
}

const MINUS = /[-\u2212]/;
// Digits joined by `.` `,` `'` `’`, or by a space only before a group of exactly three digits
// ("1 234,5", narrow no-break spaces too). Each repeat starts with a non-digit, so this cannot
// backtrack badly.
const NUMBER = /[-\u2212]?\d+(?:[.,'\u2019]\d+|[ \u00a0\u202f]\d{3}(?!\d))*/;

/** The decimal separator `locale` uses (`de` → `,`, `en-US` → `.`), or undefined if unknown. */
export function decimalSeparatorOf(locale: string): DecimalSeparator | undefined {
  try {
    const part = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal');
    return part?.value === ',' || part?.value === '.' ? part.value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The first number in `text`, in any of the ways sites write one: `1,234.5`, `1.234,5`,
 * `1 234,5`, `1'234.5`, `−3`. A lone separator followed by exactly three digits is ambiguous
 * (`1,234`); `decimal` (the page's locale, see `decimalSeparatorOf`) settles it, and without it
 * it is read as grouping. Undefined for no number or a malformed one (`1.2.3`, `—`).
 */
export function parseNumber(text: string, decimal?: DecimalSeparator): number | undefined {
  return parseQuantity(text, decimal)?.value;
}

/** `parseNumber`, plus the text after the number as its unit: `(812.4 km)` → 812.4, `km)`. */
export function parseQuantity(pageText: string, decimal?: DecimalSeparator): Quantity | undefined {
  const text = statText(pageText);
  if (text === undefined) return undefined;
  const match = NUMBER.exec(text);
  if (!match) return undefined;
  const token = match[0];
  const negative = MINUS.test(token.charAt(0));
  const digits = (negative ? token.slice(1) : token).replace(/[ \u00a0\u202f'\u2019]/g, '');
  const magnitude = readDigits(digits, decimal);
  if (magnitude === undefined) return undefined;
  const value = negative && magnitude !== 0 ? -magnitude : magnitude;
  const unit = text.slice(match.index + token.length).trim().toLowerCase();
  return { value, unit };
}

/** `digits` holds only digits, `.` and `,`. */
function readDigits(digits: string, hint: DecimalSeparator | undefined): number | undefined {
  const separators = [...new Set(digits.replace(/\d/g, ''))];
  if (separators.length === 0) return Number(digits);
  const decimal = separators.length === 2 ? lastSeparator(digits) : decimalOf(digits, hint);
  const [whole = '', fraction, ...extra] = digits.split(decimal);
  if (extra.length > 0) return undefined;
  const groups = whole.split(decimal === '.' ? ',' : '.');
  if (groups.slice(1).some((group) => group.length !== 3)) return undefined;
  return Number(`${groups.join('')}${fraction === undefined ? '' : `.${fraction}`}`);
}

function lastSeparator(digits: string): DecimalSeparator {
  return digits.lastIndexOf('.') > digits.lastIndexOf(',') ? '.' : ',';
}

/**
 * The decimal separator of a number written with one kind of separator. When that separator
 * is grouping, the decimal is the other one, which the number doesn't contain.
 */
function decimalOf(digits: string, hint: DecimalSeparator | undefined): DecimalSeparator {
  const separator: DecimalSeparator = digits.includes('.') ? '.' : ',';
  const other: DecimalSeparator = separator === '.' ? ',' : '.';
  const parts = digits.split(separator);
  if (parts.length > 2) return other; // 1.234.567
  const canBeGrouping = parts[1]?.length === 3 && parts[0] !== '0';
  return canBeGrouping && hint !== separator ? other : separator;
}
