import type { PageFacts } from '../core/facts/types';
import { parseActivityType } from '../core/facts/parse-activity-type';
import { parseDistanceKm, parseElevationM } from '../core/facts/parse-length';
import { parseDurationS } from '../core/facts/parse-duration';
import { parseTemperatureC } from '../core/facts/parse-temperature';
import { parsePercent } from '../core/facts/parse-percent';
import { parseSpeedKph } from '../core/facts/parse-speed';
import {
  definedFacts,
  pageDecimal,
  readShoes,
  readStat,
  squashedText,
  statsByLabel,
  statsByParent,
  statsBySibling,
} from './labelled-stats';

// Garmin Connect activity pages (both generations, see garmin-connect.ts). Older pages: the type
// is a class on the header icon, `icon-activity-<typeKey>` (`running`, `trail_running`,
// `treadmill_running`, …), the same in every language; its name (`.activity-type`) is the
// fallback. Summary stats are `.data-block`s (`.data-bit` value, `.data-label` name); the weather
// panel has its own `.weather-temp` and label-then-value pairs; gear is `.gear-name` followed by
// `.gear-distance`. The React app shows stats as `DataBlock`s (a `DataBlock_dataField` value with
// its `DataBlock_dataLabel` beside it) in the header's `ActivitySmallStats_activityStat`s and the
// `StatsBlock_statsBlockContainer` sections; its type, weather and gear markup is unknown to us.
// Labels are matched in English and German.
const LABELS = {
  distance: ['distance', 'distanz'],
  movingTime: ['moving time', 'bewegungszeit', 'time', 'zeit'],
  elevation: ['total ascent', 'anstieg gesamt', 'elevation gain'],
  deviceTemperature: ['avg temperature', 'ø temperatur', 'durchschnittstemperatur'],
  humidity: ['humidity', 'luftfeuchtigkeit'],
  wind: ['wind'],
} as const;

const APP_STAT_VALUES = ['ActivitySmallStats_activityStat', 'StatsBlock_statsBlockContainer']
  .map((block) => `[class*="${block}"] [class*="DataBlock_dataField"]`)
  .join(', ');

function typeKey(doc: Document): string {
  const icon = doc.querySelector('#activityIntroViewPlaceholder .activity-type-icon');
  const key = [...(icon?.classList ?? [])].find((name) => name.startsWith('icon-activity-'));
  return key?.slice('icon-activity-'.length) ?? squashedText(doc.querySelector('.activity-meta .activity-type'));
}

export function garminConnectFacts(doc: Document): PageFacts {
  const decimal = pageDecimal(doc);
  const summary = new Map([
    ...statsByLabel(doc, '#activitySummaryViewPlaceholder .data-block', '.data-label', '.data-bit'),
    ...statsByParent(doc, APP_STAT_VALUES, '[class*="DataBlock_dataLabel"]'),
  ]);
  const weather = statsBySibling(doc, '#activityWeatherViewPlaceholder .data-label');
  const temperature = (text: string) => parseTemperatureC(text, decimal);
  // The watch's own average reads warm from body heat, so the weather temperature comes first.
  const weatherTemperature = doc.querySelector('#activityWeatherViewPlaceholder .weather-temp')?.textContent;
  return definedFacts({
    activityType: parseActivityType(typeKey(doc)),
    distanceKm: readStat(summary, LABELS.distance, (text) => parseDistanceKm(text, decimal)),
    movingTimeS: readStat(summary, LABELS.movingTime, parseDurationS),
    elevationGainM: readStat(summary, LABELS.elevation, (text) => parseElevationM(text, decimal)),
    temperatureC:
      (weatherTemperature ? temperature(weatherTemperature) : undefined) ??
      readStat(summary, LABELS.deviceTemperature, temperature),
    humidityPct: readStat(weather, LABELS.humidity, (text) => parsePercent(text, decimal)),
    windKph: readStat(weather, LABELS.wind, (text) => parseSpeedKph(text, decimal)),
    shoes: readShoes(doc, '#activityGearViewPlaceholder .gear-name', '.gear-distance', decimal),
  });
}
