// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { PageFacts } from '../../../core/facts/types';
import { factEvidence } from '../../../core/facts/fact-evidence';
import { pickAdapter } from '../../../sites';
import { readPageFacts } from '../../../sites/page-facts';
import { loadFixture } from '../sites/load-fixture';

function factsOf(fixture: string): PageFacts {
  const { doc, url } = loadFixture(fixture);
  const { adapter } = pickAdapter(url, doc);
  const facts = readPageFacts(adapter.id, doc);
  if (!facts) throw new Error(`${adapter.id} reads no facts`);
  return facts;
}

describe('readPageFacts on activity pages', () => {
  it('Strava: run with weather and shoes, in km and ℃', () => {
    expect(factsOf('strava')).toEqual({
      activityType: 'run',
      distanceKm: 29.12,
      movingTimeS: 2 * 3600 + 41 * 60 + 7,
      elevationGainM: 486,
      temperatureC: 24,
      humidityPct: 88,
      windKph: 6,
      shoes: [{ name: 'Brooks Ghost 15', distanceKm: 812.4 }],
    });
  });

  it('Strava: virtual run in mi, ft, ℉ and mi/h, converted to metric', () => {
    const facts = factsOf('strava-virtual-run');
    expect(facts).toMatchObject({ activityType: 'virtual', movingTimeS: 52 * 60 + 8, humidityPct: 84 });
    expect(facts.distanceKm).toBeCloseTo(9.994, 3);
    expect(facts.elevationGainM).toBeCloseTo(18.9, 1);
    expect(facts.temperatureC).toBeCloseTo(-10, 6);
    expect(facts.windKph).toBeCloseTo(17.7, 1);
    expect(facts.shoes?.[0]?.name).toBe('Saucony Ride 16');
    expect(facts.shoes?.[0]?.distanceKm).toBeCloseTo(732.7, 1);
  });

  it('Garmin Connect: trail run, weather temperature preferred to the watch average', () => {
    expect(factsOf('garmin-connect')).toEqual({
      activityType: 'trail-run',
      distanceKm: 12.41,
      movingTimeS: 3600 + 28 * 60 + 52,
      elevationGainM: 734,
      temperatureC: -2,
      humidityPct: 81,
      windKph: 14,
      shoes: [{ name: 'Hoka Speedgoat 5', distanceKm: 642.3 }],
    });
  });

  it('Garmin Connect in German: 1.234 m, 25,31 km, 1.023,4 km, German labels', () => {
    expect(factsOf('garmin-connect-de')).toEqual({
      activityType: 'run',
      distanceKm: 25.31,
      movingTimeS: 2 * 3600 + 31 * 60 + 10,
      elevationGainM: 1234,
      temperatureC: 19.5,
      humidityPct: 92,
      windKph: 9,
      shoes: [
        { name: 'Adidas Adizero SL', distanceKm: 1023.4 },
        { name: 'Brooks Ghost 15', distanceKm: 88 },
      ],
    });
  });

  it('intervals.icu: treadmill from the subtitle, not the athlete name', () => {
    expect(factsOf('intervals-icu')).toEqual({
      activityType: 'treadmill',
      distanceKm: 12,
      movingTimeS: 58 * 60 + 40,
      elevationGainM: 0,
      temperatureC: 22.5,
      humidityPct: 46,
      shoes: [{ name: 'Nike Pegasus 40', distanceKm: 512 }],
    });
  });

  it('each fixture yields the cues its page suggests', () => {
    const cues = (fixture: string) => factEvidence(factsOf(fixture)).map((cue) => `${cue.cause}: ${cue.value}`);
    expect(cues('strava')).toEqual(['humidity: 88 %', 'footwear: Brooks Ghost 15, 812 km']);
    expect(cues('strava-virtual-run')).toEqual(['treadmill: Virtual run', 'footwear: Saucony Ride 16, 733 km']);
    expect(cues('garmin-connect')).toEqual(['uneven-terrain: Trail run', 'hills: 734 m climbing over 12.4 km', 'cold-weather: -2 °C']);
    expect(cues('garmin-connect-de')).toEqual([
      'hills: 1234 m climbing over 25.3 km',
      'humidity: 92 %',
      'footwear: Adidas Adizero SL, 1023 km',
    ]);
    expect(cues('intervals-icu')).toEqual(['treadmill: Treadmill run']);
  });

  it('Strava: falls back to the document title "Name | Type | Strava" for the sport type', () => {
    const doc = new DOMParser().parseFromString('<title>Morning miles | Trail Run | Strava</title>', 'text/html');
    expect(readPageFacts('strava', doc)).toEqual({ activityType: 'trail-run' });
  });

  it('gives empty facts on pages that are not activity pages', () => {
    const { doc } = loadFixture('strava-dashboard');
    expect(readPageFacts('strava', doc)).toEqual({});
    const forum = loadFixture('letsrun').doc;
    for (const id of ['strava', 'garmin-connect', 'intervals-icu']) expect(readPageFacts(id, forum), id).toEqual({});
    expect(readPageFacts('generic', forum)).toBeUndefined();
    expect(readPageFacts('letsrun', forum)).toBeUndefined();
  });
});
