// The seven later red flags: found in plain words, their lookalikes left alone.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../core/analyze';
import type { RedFlagId } from '../../../core/vocabulary';

const flags = (text: string) => analyze(text).redFlags.map((flag) => flag.id);

const FOUND: [RedFlagId, string][] = [
  ['heart-warning-signs', 'Ache between my shoulder blades on the climb and I went cold and clammy.'],
  ['heart-warning-signs', 'Upper back pain at rest tonight and I feel really dizzy.'],
  ['tearing-pain', 'A sudden ripping pain in my mid back that took my breath away.'],
  ['tearing-pain', 'My upper back hurts, it felt like something ripping inside.'],
  ['steroids-osteoporosis', 'New pain in my mid back, and I was told I have low bone density.'],
  ['steroids-osteoporosis', 'Lower back pain since Friday; I have been taking steroids daily for my lungs.'],
  ['inflammatory-pattern', 'Morning stiffness in my lower back every day for months, better once I have warmed up.'],
  ['inflammatory-pattern', 'My lower back pain wakes me in the second half of the night.'],
  ['stress-fracture-signs', 'Dull lower back ache near my sacrum and my periods stopped in spring.'],
  ['stress-fracture-signs', 'I am 17, I run cross country, and my lower back hurts when I arch backwards.'],
  ['dark-urine', 'After the 24-hour race my lower back muscles ache and I passed cola coloured urine.'],
  ['dark-urine', 'Legs and lower back wrecked after the ultra and my pee was like coke.'],
  ['deformity', 'There is a new lump on my lower back and it hurts when I run.'],
  ['deformity', 'My upper back aches and my spine has gone twisted in photos.'],
  ['heart-warning-signs', 'Pain across my upper back on the hill and my wife said I went grey.'],
  ['dark-urine', 'After the fitness test my lower back is wrecked and my pee looks like brown ale.'],
  ['steroids-osteoporosis', 'New lower back pain after lifting a box; I take alendronate every week.'],
  ['inflammatory-pattern', 'My lower back aches, best after a run and worst after a rest day.'],
  ['bladder-bowel', 'Lower back pain and I stand at the toilet and nothing comes.'],
  ['night-pain', 'My lower back pain has me sleeping in the armchair.'],
];

const LEFT_ALONE: [RedFlagId, string][] = [
  ['heart-warning-signs', 'My lower back aches and I felt sick after the sprint finish.'],
  ['heart-warning-signs', 'Upper back tight and I was sweaty after the hot run, as you would be.'],
  ['tearing-pain', 'Upper back sore after I tore my calf last year and limped for weeks.'],
  ['steroids-osteoporosis', 'Lower back pain; the steroid injection in March helped for a while.'],
  ['steroids-osteoporosis', 'Lower back sore after hill repeats on steroids this morning.'],
  ['inflammatory-pattern', 'Lower back stiff the morning after the marathon.'],
  ['stress-fracture-signs', 'My lower back hurts after a long period of rest from running.'],
  ['stress-fracture-signs', 'I am 42 and my lower back hurts when I arch it at my desk.'],
  ['dark-urine', 'My lower back aches and my pee is dark yellow, I need to drink more.'],
  ['deformity', 'My upper back is full of what feels like lumps, tight knots everywhere.'],
  ['steroids-osteoporosis', 'Lower back pain; I had a five-day steroid course for my chest in spring.'],
  ['breathing-difficulty', 'My lower back aches and I couldn’t breathe on the last climb, as ever.'],
  ['trauma', 'Crashed and burned at 30k and my lower back was sore all the way in.'],
  ['deformity', 'My mid back aches and I had a lump in my throat at the finish.'],
];

describe('later red flags, and more plain words for the others', () => {
  it.each(FOUND)('finds %s: %s', (id, text) => {
    expect(flags(text)).toContain(id);
  });

  it.each(LEFT_ALONE)('leaves a %s lookalike alone: %s', (id, text) => {
    expect(flags(text)).not.toContain(id);
  });

  it('reads the heart signs with pain high in the back only', () => {
    expect(flags('Lower back pain after the half and I broke out in a cold sweat.')).not.toContain('heart-warning-signs');
    expect(flags('Pain between my shoulder blades and I broke out in a cold sweat.')).toContain('heart-warning-signs');
  });

  it('reads a young athlete by the stated age', () => {
    expect(flags('My son is 15 and his lower back hurts when he arches his back in training.')).toContain('stress-fracture-signs');
    expect(flags('My lower back hurts when I arch my back.')).not.toContain('stress-fracture-signs');
  });
});
