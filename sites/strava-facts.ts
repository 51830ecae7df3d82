import type { PageFacts } from '../core/facts/types';
import { parseActivityType } from '../core/facts/parse-activity-type';
import { parseDistanceKm, parseElevationM } from '../core/facts/parse-length';
import { parseDurationS } from '../core/facts/parse-duration';
import { parseTemperatureC } from '../core/facts/parse-temperature';
import { parsePercent } from '../core/facts/parse-percent';
import { parseSpeedKph } from '../core/facts/parse-speed';
import { definedFacts, pageDecimal, readShoes, readStat, statsByLabel } from './labelled-stats';

// Strava activity pages (server-rendered summary; see SELECTORS-CHECKED.md). The athlete heading
// reads "Name – Run" (the sport type after the dash; the document title repeats it: "Title | Run |
// Strava"). Stats are `.inline-stats li` (value in `strong`, name in `.label`) and `.more-stats
// .row`s (name in the first cell, value in a `strong`); the weather panel is `.weather-stats`
// columns of `.weather-stat` label/value pairs; gear is `.gear` with `.gear-name` and
// `.gear-distance` (the shoe's total). Labels are matched in English and German.
const LABELS = {
  distance: ['distance', 'distanz'],
  movingTime: ['moving time', 'bewegungszeit'],
  elevation: ['elevation', 'höhenmeter'],
  temperature: ['temperature', 'temperatur'],
  humidity: ['humidity', 'luftfeuchtigkeit'],
  wind: ['wind speed', 'windgeschwindigkeit', 'wind'],
} as const;

function sportType(doc: Document): string | undefined {
  const heading = doc.querySelector('#heading .title')?.textContent ?? '';
  const afterDash = afterLastDash(heading.trim());
  const titleParts = doc.title.split('|');
  return afterDash ?? (titleParts.length >= 3 ? titleParts[titleParts.length - 2] : undefined);
}

/** What follows the heading's last dash, or undefined: no regex, whatever whitespace the page pads it with. */
function afterLastDash(heading: string): string | undefined {
  const dash = Math.max(heading.lastIndexOf('–'), heading.lastIndexOf('—'), heading.lastIndexOf('-'));
  return dash < 0 ? undefined : heading.slice(dash + 1).trimStart() || undefined;
}

export function stravaFacts(doc: Document): PageFacts {
  const decimal = pageDecimal(doc);
  // Later entries win in a Map: the headline stats override the "more stats" rows.
  const stats = new Map([
    ...statsByLabel(doc, '.activity-stats .more-stats .row', ':scope > :first-child', 'strong'),
    ...statsByLabel(doc, '.activity-stats .inline-stats li', '.label', 'strong'),
  ]);
  const weather = statsByLabel(doc, '.weather-stats .weather-stat', '.weather-label', '.weather-value');
  return definedFacts({
    activityType: parseActivityType(sportType(doc) ?? ''),
    distanceKm: readStat(stats, LABELS.distance, (text) => parseDistanceKm(text, decimal)),
    movingTimeS: readStat(stats, LABELS.movingTime, parseDurationS),
    elevationGainM: readStat(stats, LABELS.elevation, (text) => parseElevationM(text, decimal)),
    temperatureC: readStat(weather, LABELS.temperature, (text) => parseTemperatureC(text, decimal)),
    humidityPct: readStat(weather, LABELS.humidity, (text) => parsePercent(text, decimal)),
    windKph: readStat(weather, LABELS.wind, (text) => parseSpeedKph(text, decimal)),
    shoes: readShoes(doc, '.gear .gear-name', '.gear-distance', decimal),
  });
}
