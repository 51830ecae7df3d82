/** One row of a benchmark table (BENCHMARKS.md). */
export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  note?: string;
}

/** A figure as the tables show it: `digits` decimals. */
export const round = (x: number, digits = 1): number => Math.round(x * 10 ** digits) / 10 ** digits;

/** Best of `runs` timings of `work` in milliseconds (the run least disturbed by other load). */
export function bestTime(runs: number, work: () => void): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}
