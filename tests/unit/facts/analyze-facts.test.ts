import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyze } from '../../../core/analyze';
import type { PageFacts } from '../../../core/facts/types';

const TREADMILL: PageFacts = { activityType: 'treadmill', distanceKm: 12, elevationGainM: 0 };
const EVERYTHING: PageFacts = {
  activityType: 'trail-run',
  temperatureC: 1,
  humidityPct: 92,
  elevationGainM: 640,
  distanceKm: 14,
  shoes: [{ name: 'Brooks Ghost 15', distanceKm: 870 }],
};

describe('analyze(text, { facts })', () => {
  it('a treadmill page backs the treadmill cause of "mid back sore" with fact evidence', () => {
    const result = analyze('Mid back sore again by the end.', { facts: TREADMILL });
    expect(result.mentions.map((m) => [m.text, m.status])).toEqual([['Mid back sore', 'active']]);
    expect(result.causes).toEqual([
      {
        id: 'treadmill',
        score: 0.4,
        evidence: [],
        facts: [{ fact: 'activityType', label: 'Activity type', value: 'Treadmill run' }],
      },
    ]);
  });

  it('facts make no mention and no cause on their own', () => {
    for (const text of ['', 'Lovely tempo, legs felt great.', 'Back to running after the flu.', 'No back pain at all today.']) {
      const result = analyze(text, { facts: EVERYTHING });
      expect(result.causes).toEqual([]);
      expect(result.mentions.filter((m) => m.status === 'active')).toEqual([]);
    }
  });

  it('ranks a cause backed by text and fact above one backed by a fact alone', () => {
    const text = 'Mid back sore after the treadmill session.';
    const { causes } = analyze(text, { facts: { activityType: 'treadmill', temperatureC: 1 } });
    // Indoor: the cold outside is not evidence. Add a worn shoe for a fact-only cause.
    const withShoe = analyze(text, { facts: { ...TREADMILL, shoes: [{ name: 'Old pair', distanceKm: 900 }] } }).causes;
    expect(causes.map((c) => c.id)).toEqual(['treadmill']);
    expect(withShoe.map((c) => c.id)).toEqual(['treadmill', 'footwear']);
    const [both, factOnly] = withShoe;
    expect(both?.evidence.map((span) => span.text)).toEqual(['treadmill']);
    expect(both?.facts?.[0]?.value).toBe('Treadmill run');
    expect(factOnly?.evidence).toEqual([]);
    expect(both!.score).toBeGreaterThan(factOnly!.score);
    expect(both!.score).toBeGreaterThan(analyze(text).causes[0]!.score);
  });

  it('keeps text evidence spans exact and existing fields unchanged', () => {
    const text = 'Climbed the big hills in the cold and my mid back ached on every descent.';
    const plain = analyze(text);
    const withFacts = analyze(text, { facts: EVERYTHING });
    expect(withFacts.mentions).toEqual(plain.mentions);
    expect(withFacts.redFlags).toEqual(plain.redFlags);
    for (const cause of withFacts.causes) {
      for (const span of cause.evidence) expect(span.text).toBe(text.slice(span.start, span.end));
      const before = plain.causes.find((c) => c.id === cause.id);
      if (before) {
        expect(cause.evidence).toEqual(before.evidence);
        expect(cause.score).toBeGreaterThanOrEqual(before.score);
      }
    }
    expect(withFacts.causes.map((c) => c.id)).toEqual(expect.arrayContaining(['hills', 'cold-weather', 'uneven-terrain', 'footwear']));
  });

  it('without facts, or with facts that point nowhere, the output is exactly the plain analysis', () => {
    const sentences = [
      'My mid back aches on the treadmill.',
      'Lower back pain after hill repeats in the cold.',
      'No back pain today.',
      'Upper back tight, shoes have 900 km on them.',
      'back to back long runs',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...sentences), { maxLength: 4 }), (parts) => {
        const text = parts.join(' ');
        const plain = JSON.stringify(analyze(text));
        expect(JSON.stringify(analyze(text, {}))).toBe(plain);
        expect(JSON.stringify(analyze(text, { facts: {} }))).toBe(plain);
        expect(JSON.stringify(analyze(text, { facts: { activityType: 'run', temperatureC: 20 } }))).toBe(plain);
      }),
    );
  });
});
