import type { ActivityType, FactName, Shoe } from './types';

// English display text for fact evidence ("This run: 1 °C — cold"). Units are metric: facts
// are normalised to metric when read from the page.

export const FACT_LABELS: Record<FactName, string> = {
  activityType: 'Activity type',
  distanceKm: 'Distance',
  movingTimeS: 'Moving time',
  elevationGainM: 'Climbing',
  temperatureC: 'Temperature',
  humidityPct: 'Humidity',
  windKph: 'Wind',
  shoes: 'Shoes',
};

export const ACTIVITY_TYPE_NAMES: Record<ActivityType, string> = {
  run: 'Run',
  'trail-run': 'Trail run',
  treadmill: 'Treadmill run',
  virtual: 'Virtual run',
  other: 'Other activity',
};

/** At most one decimal, none when whole, never `-0`: 14 → "14", 12.41 → "12.4", -0.04 → "0". */
export function formatNumber(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return String(rounded === 0 ? 0 : rounded);
}

export const formatTemperature = (celsius: number): string => `${formatNumber(celsius)} °C`;
export const formatPercent = (pct: number): string => `${formatNumber(pct)} %`;
export const formatClimb = (gainM: number, distanceKm: number): string =>
  `${Math.round(gainM)} m climbing over ${formatNumber(distanceKm)} km`;
export const formatShoe = (shoe: Shoe & { distanceKm: number }): string =>
  `${shoe.name}, ${Math.round(shoe.distanceKm)} km`;
