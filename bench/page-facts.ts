// Activity facts read from hostile page text: the Strava fixture with a megabyte of spaces in every
// stat's value (issue 18 #6: once 6.8 s of a frozen tab), and the duration parser on a megabyte
// of spaces and a dash (once 3 s). Parsed in happy-dom.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Window } from 'happy-dom';
import { parseDurationS } from '../core/facts/parse-duration';
import { readPageFacts } from '../sites/page-facts';
import { bestTime, round, type BenchRow } from './bench-row';

const MB_OF_SPACES = ' '.repeat(1024 * 1024);

export function pageFactsBench(): Promise<BenchRow[]> {
  const window = new Window({ url: 'https://www.strava.com/activities/11223344556' });
  const html = readFileSync(resolve(import.meta.dirname, '../tests/fixtures/sites/strava.html'), 'utf8');
  const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  const stats = doc.querySelectorAll('.inline-stats strong, .more-stats strong, .weather-value, .gear-distance, #heading .title');
  for (const stat of stats) stat.prepend(MB_OF_SPACES);
  const factsMs = bestTime(5, () => void readPageFacts('strava', doc));
  const durationMs = bestTime(5, () => void parseDurationS(`${MB_OF_SPACES}-`));
  return Promise.resolve([
    { name: 'Strava facts, 1 MB of spaces in every stat', value: round(factsMs), unit: 'ms', note: `${stats.length} values, best of 5` },
    { name: 'parseDurationS, 1 MB of spaces and a dash', value: round(durationMs, 2), unit: 'ms', note: 'best of 5' },
  ]);
}
