// Mentions in the phrasing of real forum posts: a region told by a landmark, colloquial pain
// verbs, and a negation that is only a condition on when it hurts. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../core/analyze';

const mentionsOf = (text: string) => analyze(text).mentions.map(({ text: t, region, status }) => ({ text: t, region, status }));

describe('a region told by a landmark', () => {
  it.each([
    ['I get a pain in my back between my shoulder blades on hills', 'mid'],
    ['There is an ache in my back level with my shoulder blades', 'mid'],
    ['Sharp pain on the edge of my shoulder blade when I run', 'mid'],
    ['The ache sits along the back in line with my waist', 'lower'],
    ['The middle part of my back aches after tempo runs', 'mid'],
    ['My lower trapezius was in agony by mile 10', 'mid'],
  ])('%s → %s', (text, region) => {
    const mentions = mentionsOf(text);
    expect(mentions.map((m) => m.region)).toEqual([region]);
  });
});

describe('colloquial pain', () => {
  it.each([
    ['Back failed me again at mile 8.', 'unspecified'],
    ['Long descents irritate the upper back muscles.', 'upper'],
    ['It was at the office job that my back was at its worst.', 'unspecified'],
    ['Clenched fists might be affecting your back too.', 'unspecified'],
    ['Easy 6k, lower back nagging by the end.', 'lower'],
    ['Lower back goes rigid on the second lap.', 'lower'],
    ['A sharp pain low in my back after the hills.', 'lower'],
    ['The ache in my lower back mostly went away after a week.', 'lower'],
    ["My dad's lower back has been killing him since the move.", 'lower'],
    ['At 30k my lower back made me stop and walk.', 'lower'],
    ['I get an ache between the blades on long climbs.', 'mid'],
    ['The back of my lower ribs is sore on the left.', 'mid'],
    ['My traps used to ache like that on long runs.', 'upper'],
  ])('%s', (text, region) => {
    expect(mentionsOf(text)).toMatchObject([{ region, status: 'active' }]);
  });

  it('reads lying on the back as a position, not the body', () => {
    expect(mentionsOf('Lie on your back with a ball under the sore spot.')).toEqual([]);
  });

  it('reads "weeks back" as ago, not the body', () => {
    expect(mentionsOf('The knee pain that started a couple of weeks back is still there.')).toEqual([]);
  });
});

describe('a negation that is a condition on when it hurts', () => {
  it.each([
    "I can't run a mile without my back aching.",
    'The only time my back does not hurt is when I am running.',
    "I don't get back pain any other time, only on the bike.",
    'No back pain, except on the long runs.',
  ])('%s stays active', (text) => {
    expect(mentionsOf(text).map((m) => m.status)).toEqual(['active']);
  });

  it.each(['I never used to get back pain.', 'No back pain, and no other issues this week.', 'Ran 10k without back pain today.', 'My back is fine, other than that my legs are tired.'])(
    '%s stays negated',
    (text) => {
      expect(mentionsOf(text).map((m) => m.status)).toEqual(['negated']);
    },
  );
});
