import type { Share } from '../../core/history';
import type { MyBackText } from '../../ui-text/my-back-text';

/** A proportion as a percentage: one decimal under 10 %, whole above. */
export function percent(value: number): string {
  const pct = value * 100;
  return pct < 10 && pct > 0 ? pct.toFixed(1) : String(Math.round(pct));
}

/** "41 of 678 (6.0 %, 4.6–7.8 %)" */
export function formatShare(text: MyBackText, { count, of, interval }: Share): string {
  return text.share(count, of, percent(of === 0 ? 0 : count / of), percent(interval.low), percent(interval.high));
}

/** "1.2 MB", "340 KB" */
export function formatBytes(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1000))} KB`;
}
