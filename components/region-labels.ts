import type { Region } from '../core/vocabulary';

export const REGION_LABELS: Record<Region, string> = {
  upper: 'Upper back',
  mid: 'Mid back',
  lower: 'Lower back',
  unspecified: 'Back',
};
