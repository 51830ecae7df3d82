import { round, type BenchRow } from './bench-row';
import type { ProbeReport } from './page-probe';

/** The main thread between `from` and `to`: its long tasks, and our scripts in long frames. */
export function blockingRows(report: ProbeReport, phase: string, from: number, to: number): BenchRow[] {
  const within = (t: number) => t >= from && t <= to;
  const longTasks = report.longTasks.filter((t) => within(t.start));
  const frames = report.frames.filter((f) => within(f.start));
  return [
    {
      name: `longest long task, ${phase}`,
      value: round(Math.max(0, ...longTasks.map((t) => t.duration))),
      unit: 'ms',
      note: `${longTasks.length} tasks ≥ 50 ms on the main thread, the page's own layout included; 0 = none`,
    },
    {
      name: `longest extension script, ${phase}`,
      value: round(Math.max(0, ...frames.map((f) => f.extensionScriptMs))),
      unit: 'ms',
      note: `in Long Animation Frames (${frames.length} frames ≥ 50 ms); 0 = our scripts never ran in one`,
    },
  ];
}
