// Mentions in the phrasing of real forum posts: a region told by a landmark, colloquial pain
// verbs, and a negation that is only a condition on when it hurts. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../core/analyze';

const mentionsOf = (text: string) => analyze(text).mentions.map(({ text: t, region, status }) => ({ text: t, region, status }));

describe('a region told by a landmark', () => {
  it.each([
    ['A burning ache in the back between both shoulder blades on climbs', 'mid'],
    ['Dull soreness across the back level with both shoulder blades', 'mid'],
    ['A sharp twinge on the edge of the left shoulder blade', 'mid'],
    ['The ache runs across the back just above the waist', 'lower'],
    ['The middle part of my back aches after tempo runs', 'mid'],
    ['Lower trapezius in agony by mile 10', 'mid'],
    ['Old L5/S1 disc flaring up after the long run', 'lower'],
    ['Physio says T6-T7 is stiff', 'mid'],
    ['A sore spot around T9 when I breathe in', 'mid'],
    ['My left lat is tender after the swim', 'mid'],
    ['An ache in the dimples above my bum after hills', 'lower'],
    ['A band of pain along the bra line', 'mid'],
    ['Ache in my spine at about bra level from 6k', 'mid'],
    ['My back is killing me, just above the waistband on both sides', 'lower'],
    ['Upper back between the blades went tight on the last rep', 'mid'],
    ['The bit where my spine meets my pelvis aches the most', 'lower'],
    ['My lower back, kidney level on both sides, has ached since the 50k', 'lower'],
    ['SIJ L 3/10 after strides', 'lower'],
    ['Upper back on the left side aches by mile 6', 'upper'],
  ])('%s → %s', (text, region) => {
    const mentions = mentionsOf(text);
    expect(mentions.map((m) => m.region)).toEqual([region]);
  });
});

describe('colloquial pain', () => {
  it.each([
    ['My back failed me at 30k.', 'unspecified'],
    ["I've got a crick in my back from the long drive.", 'unspecified'],
    ['Ended up with a sore back from the train seats.', 'unspecified'],
    ['Every time I bend down my lower back just says no.', 'lower'],
    ['Lower back loosening by 2k.', 'lower'],
    ['My back is absolutely creaking after the trail marathon.', 'unspecified'],
    ['My lower back had turned to concrete by the time I got home.', 'lower'],
    ['Something across the small of my back just refuses.', 'lower'],
    ['A stab under the left shoulder blade when I turn my head.', 'mid'],
    ['My lower back started to seize at mile 20.', 'lower'],
    ["Lumbago's back with a vengeance.", 'lower'],
    ['And now my lower back has joined in.', 'lower'],
    ['Right side of my lower back gets sharp on the camber.', 'lower'],
    ['Spine feels compressed after every run.', 'unspecified'],
    ["My back's been in a right state since the half.", 'unspecified'],
    ['My lower back has gone on strike.', 'lower'],
    ["Can't straighten up, my lower back won't have it.", 'lower'],
    ["Lower back feels like it's been kicked by a horse.", 'lower'],
    ['Sore where my bra strap sits after long runs.', 'mid'],
    ["I've had issues with my lower back since the marathon.", 'lower'],
    ['Long descents irritate my upper back.', 'upper'],
    ['During the office years the back was at its worst.', 'unspecified'],
    ['Clenched fists could be affecting your back as well.', 'unspecified'],
    ['Easy 6k, lower back nagging by the end.', 'lower'],
    ['Lower back goes rigid on the second lap.', 'lower'],
    ['A sharp pain low in my back after the hills.', 'lower'],
    ['The ache in my lower back mostly went away after a week.', 'lower'],
    ["My dad's lower back has been killing him since the move.", 'lower'],
    ['At 30k my lower back made me stop and walk.', 'lower'],
    ['I get an ache between the blades on long climbs.', 'mid'],
    ['The back of my lower ribs is sore on the left.', 'mid'],
    ['My traps used to ache like that on long runs.', 'upper'],
    ['Something twanged in my lower back as I bent down.', 'lower'],
    ["My back hasn't felt right since the 50k.", 'unspecified'],
    ['My lower back has been waking me up at 5am.', 'lower'],
    ['Did something to my back lifting the kayak.', 'unspecified'],
    ['Honestly my back is driving me mad.', 'unspecified'],
    ['Upper back and the tops of my shoulders ache after intervals.', 'upper'],
    ['Everything is fine except my lower back. It has been stiff all week.', 'lower'],
  ])('%s', (text, region) => {
    expect(mentionsOf(text)).toMatchObject([{ region, status: 'active' }]);
  });

  it('keeps a location that restates the mention before it out of the next sentence', () => {
    expect(mentionsOf('My mid back burns, right between the shoulder blades. It is worse on hills.')).toMatchObject([
      { text: 'mid back burns', region: 'mid', status: 'active' },
    ]);
  });

  it('reads lying on the back as a position, not the body', () => {
    expect(mentionsOf('Lie on your back with a ball under the sore spot.')).toEqual([]);
  });

  it('reads triathlon transitions and lat pulldowns as no back', () => {
    expect(mentionsOf('T1/T2 transitions were a mess in the sprint tri.')).toEqual([]);
    expect(mentionsOf('Lat pulldowns and rows at the gym, then a 5k.')).toEqual([]);
  });

  it('does not carry "it" to a back that is fine or to a run', () => {
    expect(mentionsOf('Did the 10k with my back in mind. It was fun, sore legs though.')).toEqual([]);
  });

  it('reads "Lower back? Sore." like a label', () => {
    expect(mentionsOf('Parkrun. Lower back? Sore from the start.')).toMatchObject([{ region: 'lower', status: 'active' }]);
  });

  it('reads "weeks back" as ago, not the body', () => {
    expect(mentionsOf('Sore calf since a race three weeks back, nothing else.')).toEqual([]);
  });
});

describe('a negation that is a condition on when it hurts', () => {
  it.each([
    "I can't run a mile without my back aching.",
    'The only time my back does not hurt is on the bike.',
    "I never have back pain at any other time, just on hill days.",
    'No back pain, except on the long runs.',
    'Is it possible to run 50 miles a week without lower back pain?',
    'Without a decent core my lower back aches after every long run.',
    'But without my stretches, my back seizes up by mile three.',
    'Without fail my lower back tightens on the last climb.',
    "I don't get back pain from running, only when I've been on the sofa all weekend.",
  ])('%s stays active', (text) => {
    expect(mentionsOf(text).map((m) => m.status)).toEqual(['active']);
  });

  it.each(["My SI joint hasn't made a peep since the new insoles.", "Not a squeak from my lower back on today's tempo.", 'I never used to get back pain.', 'No back pain, and no other issues this week.', 'Ran 10k without back pain today.', 'My back is fine, other than that my legs are tired.', "I've never had back trouble before, and I've raced for years.", 'Without the belt my back feels fine.', 'Three weeks of pilates and my lower back is so much happier.', "Back didn't play up at all today.", 'Lower back behaved itself for once.', 'My back has settled down nicely.', 'Lower back no bother today.', 'Ran 10k without my back hurting at all.'])(
    '%s stays negated',
    (text) => {
      expect(mentionsOf(text).map((m) => m.status)).toEqual(['negated']);
    },
  );
});
