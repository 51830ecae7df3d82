import { describe, expect, it } from 'vitest';
import { factEvidence } from '../../../core/facts/fact-evidence';
import { FACT_THRESHOLDS as T, FACT_WEIGHTS } from '../../../core/facts/thresholds';
import type { PageFacts } from '../../../core/facts/types';

const causes = (facts: PageFacts) => factEvidence(facts).map((cue) => cue.cause);

describe('factEvidence thresholds', () => {
  it('treadmill, indoor and virtual runs → treadmill; a trail run → uneven-terrain', () => {
    expect(causes({ activityType: 'treadmill' })).toEqual(['treadmill']);
    expect(causes({ activityType: 'virtual' })).toEqual(['treadmill']);
    expect(causes({ activityType: 'trail-run' })).toEqual(['uneven-terrain']);
    expect(causes({ activityType: 'run' })).toEqual([]);
    expect(causes({ activityType: 'other' })).toEqual([]);
  });

  it('cold-weather strictly below 5 °C', () => {
    expect(causes({ temperatureC: T.coldBelowC - 0.1 })).toEqual(['cold-weather']);
    expect(causes({ temperatureC: T.coldBelowC })).toEqual([]);
    expect(causes({ temperatureC: -12 })).toEqual(['cold-weather']);
  });

  it('humidity strictly above 80 %, only when warm (≥ 15 °C) or the temperature is unknown', () => {
    expect(causes({ humidityPct: T.humidAbovePct + 1 })).toEqual(['humidity']);
    expect(causes({ humidityPct: T.humidAbovePct })).toEqual([]);
    expect(causes({ humidityPct: 92, temperatureC: T.humidFromC })).toEqual(['humidity']);
    expect(causes({ humidityPct: 92, temperatureC: T.humidFromC - 0.5 })).toEqual([]);
  });

  it('hills strictly above 25 m of climbing per km, over at least 1 km', () => {
    expect(causes({ elevationGainM: 351, distanceKm: 14 })).toEqual(['hills']);
    expect(causes({ elevationGainM: 350, distanceKm: 14 })).toEqual([]);
    expect(causes({ elevationGainM: 40, distanceKm: T.hillsFromKm - 0.1 })).toEqual([]);
    expect(causes({ elevationGainM: 40, distanceKm: T.hillsFromKm })).toEqual(['hills']);
    expect(causes({ elevationGainM: 640 })).toEqual([]);
    expect(causes({ distanceKm: 14 })).toEqual([]);
  });

  it('footwear for any shoe strictly above 700 km, showing the most worn one', () => {
    expect(causes({ shoes: [{ name: 'A', distanceKm: T.wornShoeAboveKm }] })).toEqual([]);
    expect(causes({ shoes: [{ name: 'A' }] })).toEqual([]);
    const cues = factEvidence({
      shoes: [
        { name: 'Fresh', distanceKm: 88 },
        { name: 'Old', distanceKm: 701 },
        { name: 'Ancient', distanceKm: 1023.4 },
      ],
    });
    expect(cues).toEqual([{ cause: 'footwear', weight: FACT_WEIGHTS.footwear, fact: 'shoes', label: 'Shoes', value: 'Ancient, 1023 km' }]);
  });

  it('ignores the outside weather and course climbing of indoor runs', () => {
    const outdoor: PageFacts = { temperatureC: -10, humidityPct: 84, elevationGainM: 900, distanceKm: 10 };
    expect(causes({ ...outdoor, activityType: 'virtual' })).toEqual(['treadmill']);
    expect(causes({ ...outdoor, activityType: 'treadmill' })).toEqual(['treadmill']);
    expect(causes({ ...outdoor, activityType: 'run' })).toEqual(['hills', 'cold-weather']);
  });

  it('makes no training-load cue from distance alone, and nothing from no facts', () => {
    expect(causes({ distanceKm: 42.2, movingTimeS: 4 * 3600, windKph: 40 })).toEqual([]);
    expect(factEvidence({})).toEqual([]);
  });
});

describe('factEvidence display', () => {
  it('labels each cue with the fact and a short metric value', () => {
    const cues = factEvidence({
      activityType: 'trail-run',
      temperatureC: 1,
      elevationGainM: 640.4,
      distanceKm: 14,
      shoes: [{ name: 'Brooks Ghost 15', distanceKm: 870 }],
    });
    expect(cues.map(({ cause, fact, label, value }) => ({ cause, fact, label, value }))).toEqual([
      { cause: 'uneven-terrain', fact: 'activityType', label: 'Activity type', value: 'Trail run' },
      { cause: 'hills', fact: 'elevationGainM', label: 'Climbing', value: '640 m climbing over 14 km' },
      { cause: 'cold-weather', fact: 'temperatureC', label: 'Temperature', value: '1 °C' },
      { cause: 'footwear', fact: 'shoes', label: 'Shoes', value: 'Brooks Ghost 15, 870 km' },
    ]);
    expect(factEvidence({ humidityPct: 92 })[0]?.value).toBe('92 %');
    expect(factEvidence({ activityType: 'virtual' })[0]?.value).toBe('Virtual run');
  });

  it('shows at most one decimal and never -0', () => {
    expect(factEvidence({ temperatureC: -2.46 })[0]?.value).toBe('-2.5 °C');
    expect(factEvidence({ temperatureC: -0.04 })[0]?.value).toBe('0 °C');
    expect(factEvidence({ elevationGainM: 300, distanceKm: 9.99402624 })[0]?.value).toBe('300 m climbing over 10 km');
  });

  it('weighs every cue in 0..1, below a same-sentence text cue (0.6)', () => {
    for (const weight of Object.values(FACT_WEIGHTS)) {
      expect(weight).toBeGreaterThan(0);
      expect(weight).toBeLessThan(0.6);
    }
  });
});
