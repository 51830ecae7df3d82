import { describe, expect, it } from 'vitest';
import { analyze } from '../../../core/analyze';

const mentionsOf = (text: string) => analyze(text).mentions.map(({ text: t, region, status }) => ({ text: t, region, status }));

describe('mention finding', () => {
  it.each([
    ['my mid back aches', 'mid back aches', 'mid'],
    ['pain between my shoulder blades', 'pain between my shoulder blades', 'mid'],
    ['my midback is tight', 'midback is tight', 'mid'],
    ['mid-back soreness today', 'mid-back soreness', 'mid'],
    ['lowerback was stiff', 'lowerback was stiff', 'lower'],
    ['upper back spasms', 'upper back spasms', 'upper'],
    ['my T-spine is locked up', 'T-spine is locked up', 'mid'],
    ['rhomboids are knotted', 'rhomboids are knotted', 'mid'],
    ['traps were on fire', 'traps were on fire', 'upper'],
    ['SI joint pain again', 'SI joint pain', 'lower'],
    ['my QL is cranky', 'QL is cranky', 'lower'],
    ['tailbone hurts when I sit', 'tailbone hurts', 'lower'],
    ['sore shoulderblades', 'sore shoulderblades', 'mid'],
    ['bakc pain after the long run', 'bakc pain', 'unspecified'],
    ['I threw my back out lifting the kids', 'threw my back out', 'unspecified'],
    ['nagging backache all week', 'nagging backache', 'unspecified'],
    ['back ache after the race', 'back ache', 'unspecified'],
    ['my back is killing me', 'back is killing me', 'unspecified'],
    ['pain in the middle of my back', 'pain in the middle of my back', 'mid'],
    ['dull ache in my lower back', 'ache in my lower back', 'lower'],
    ['Centre of my back, right between the shoulder blades, aches', 'Centre of my back, right between the shoulder blades, aches', 'mid'],
  ])('%s', (input, span, region) => {
    expect(mentionsOf(input)).toEqual([{ text: span, region, status: 'active' }]);
  });

  it.each([
    ['my back always complains around week 10', 'back always complains', 'unspecified'],
    ['my lower back protested on the climbs', 'lower back protested', 'lower'],
    ['downhills jar my lower back', 'jar my lower back', 'lower'],
    ['stress shows up in my back before anywhere else', 'shows up in my back', 'unspecified'],
    ['I can feel it in my lower back after long runs', 'feel it in my lower back', 'lower'],
    ['fixing that helped my lower back loads', 'helped my lower back', 'lower'],
    ['I get back pain when I run hills', 'back pain', 'unspecified'],
    ['since the new shoes my lower back got worse', 'lower back got worse', 'lower'],
    ['I get an ache low down after long runs', 'ache low down', 'lower'],
    ['Not only my back but my hips ache after every long run', 'Not only my back', 'unspecified'],
    ['reduced to a shuffle because of my back', 'because of my back', 'unspecified'],
    ['had to pull out due to my lower back', 'due to my lower back', 'lower'],
    ['I used to think back pain was part of running', 'back pain', 'unspecified'],
  ])("runners' idiom: %s", (input, span, region) => {
    expect(mentionsOf(input).map(({ text, region: r }) => ({ text, region: r }))).toEqual([{ text: span, region }]);
  });

  it('keeps the span equal to the input slice, with odd apostrophes and emoji', () => {
    const text = 'Ugh 😩 my back’s been SORE all day';
    const [mention] = analyze(text).mentions;
    expect(mention).toBeDefined();
    expect(text.slice(mention!.start, mention!.end)).toBe(mention!.text);
  });

  it('reads "not just my lower back, my whole back" as both hurting', () => {
    expect(mentionsOf('Not just the lower back, my whole back aches').map((m) => [m.text, m.status])).toEqual([
      ['Not just the lower back', 'active'],
      ['back aches', 'active'],
    ]);
  });

  it('finds two mentions joined by "and"', () => {
    expect(mentionsOf('my lower back hurts and my upper back is tight').map((m) => m.region)).toEqual(['lower', 'upper']);
  });

  it('links coordinated body parts', () => {
    expect(mentionsOf('back and hip pain after the trail race')).toHaveLength(1);
    expect(mentionsOf('lower back/hip pain after the trail race')).toHaveLength(1);
  });

  it('does not link a pain word far away in another clause', () => {
    expect(mentionsOf('My back yard is huge. The hills around here hurt.')).toEqual([]);
    expect(mentionsOf('Back in 2019 I was fast, these days my calves are sore')).toEqual([]);
  });
});
