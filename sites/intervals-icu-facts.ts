import type { PageFacts } from '../core/facts/types';
import { parseActivityType } from '../core/facts/parse-activity-type';
import { parseDistanceKm, parseElevationM } from '../core/facts/parse-length';
import { parseDurationS } from '../core/facts/parse-duration';
import { parseTemperatureC } from '../core/facts/parse-temperature';
import { parsePercent } from '../core/facts/parse-percent';
import { parseSpeedKph } from '../core/facts/parse-speed';
import { definedFacts, pageDecimal, readShoes, readStat, statsByLabel } from './labelled-stats';

// intervals.icu activity pages (our model of its Vuetify DOM, see intervals-icu.ts). The header
// shows the type as an icon label and in the subtitle ("Tue, Feb 11 · Run · Treadmill · Name");
// stats are `.stats-table` rows (`td.label`, `td.value`); shoes sit in the "Shoes" row as
// `.gear-name` + `.gear-distance`.
const LABELS = {
  distance: ['distance'],
  movingTime: ['moving time'],
  elevation: ['elevation gain', 'climbing'],
  // The weather temperature if shown, else the sensor's average (reads warm on a wrist).
  temperature: ['weather temp', 'temperature', 'avg temp'],
  humidity: ['humidity'],
  wind: ['wind speed', 'wind'],
} as const;

function typeText(doc: Document): string {
  const header = doc.querySelector('.activity-header');
  const icon = header?.querySelector('.activity-type-icon')?.textContent ?? '';
  // The subtitle also names the athlete, whose name must not be read as a type: read a copy
  // without it.
  const subtitle = header?.querySelector('.v-card__subtitle')?.cloneNode(true) as Element | undefined;
  subtitle?.querySelectorAll('.athlete-name').forEach((name) => name.remove());
  return `${icon} ${subtitle?.textContent ?? ''}`;
}

export function intervalsIcuFacts(doc: Document): PageFacts {
  const decimal = pageDecimal(doc);
  const stats = statsByLabel(doc, '.activity-stats .stats-table tr', 'td.label', 'td.value');
  return definedFacts({
    activityType: parseActivityType(typeText(doc)),
    distanceKm: readStat(stats, LABELS.distance, (text) => parseDistanceKm(text, decimal)),
    movingTimeS: readStat(stats, LABELS.movingTime, parseDurationS),
    elevationGainM: readStat(stats, LABELS.elevation, (text) => parseElevationM(text, decimal)),
    temperatureC: readStat(stats, LABELS.temperature, (text) => parseTemperatureC(text, decimal)),
    humidityPct: readStat(stats, LABELS.humidity, (text) => parsePercent(text, decimal)),
    windKph: readStat(stats, LABELS.wind, (text) => parseSpeedKph(text, decimal)),
    shoes: readShoes(doc, '.activity-stats .gear-name', '.gear-distance', decimal),
  });
}
