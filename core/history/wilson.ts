export interface Interval {
  low: number;
  high: number;
}

/** z for a two-sided 95 % interval. */
const Z95 = 1.959964;

/**
 * The Wilson score interval of a proportion of `k` in `n`: honest for small `n` and for
 * proportions near 0 or 1, where the textbook p ± z·SE interval overshoots [0, 1].
 */
export function wilson(k: number, n: number, z = Z95): Interval {
  if (n === 0) return { low: 0, high: 1 };
  const p = k / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // At k = 0 or k = n the bound is exactly 0 or 1; rounding would leave it a hair inside.
  return { low: k === 0 ? 0 : Math.max(0, centre - half), high: k === n ? 1 : Math.min(1, centre + half) };
}
