/** One row of a benchmark table (BENCHMARKS.md). */
export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  note?: string;
}

/** A figure as the tables show it: `digits` decimals. */
export const round = (x: number, digits = 1): number => Math.round(x * 10 ** digits) / 10 ** digits;
