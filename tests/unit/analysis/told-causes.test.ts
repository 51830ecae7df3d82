// Causes the way runners tell them, without naming a cause: a run against their habit, advice that
// implies a cause, pain on a breath. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../core/analyze';
import type { CauseId } from '../../../core/vocabulary';

const causeIds = (text: string) => analyze(text).causes.map((cause) => cause.id);

const TOLD: Array<[CauseId, string]> = [
  ['training-load', 'My mid back has ached since Sunday. I did an hour, and I normally run 40 minutes.'],
  ['training-load', 'Went 30% further than usual on Saturday and my lower back is sore.'],
  ['training-load', 'Lower back stiff since I started running longer distances this spring.'],
  ['training-load', 'Upper back sore after my first couple of 15k runs.'],
  ['training-load', 'Back aches, maybe I am pushing too hard on the easy days.'],
  ['training-load', 'Lower back niggle? Cut back on your mileage, then build up slowly.'],
  ['training-load', 'My back hurts after runs, will my body get used to it?'],
  ['weak-core', 'Lower back aches after runs; build up that core of yours.'],
  ['weak-core', 'My back was sore until I added planks twice a week.'],
  ['arm-swing', 'Upper back aches on long efforts, is it how I hold my arms?'],
  ['arm-swing', 'Burning between both shoulder blades? Relax your shoulders, let the arms hang.'],
  ['arm-swing', 'Mid back tight by mile 4, I think I was tensing the whole way.'],
  ['shallow-breathing', 'My upper back hurts if I breathe in deeply going uphill.'],
  ['shallow-breathing', 'A mid back ache that makes it hard to breathe after a fast mile.'],
  ['posture-slouch', 'Lower back ache on runs? Run tall, keep your head up, stop looking at your feet.'],
  ['posture-overarch', 'My lower back hurts; maybe I lean too far back on descents.'],
  ['impact', 'Sore lower back. Try shorter strides and land midfoot.'],
  ['prolonged-sitting', 'Back stiff after hours sitting at the laptop.'],
  ['prolonged-sitting', 'Shakeout after 4 hours on the coach, lower back tight for a mile.'],
  ['training-load', 'Planned 8k, felt strong and kept going to 12k; mid back sore since.'],
  ['training-load', 'Ran further than I meant to and now my lower back aches.'],
  ['training-load', 'My upper back is stiff after the big jump in distance this month.'],
  ['load-carriage', 'Lower back aches on one side since I started carrying keys in a belt.'],
  ['arm-swing', 'My mid back burns late in a race, with my arms flapping about.'],
  ['impact', 'My lower back hurts and I land on my heels with every stride.'],
  ['training-load', 'My mid back has ached since my first 15k, I usually stop at 10.'],
  ['arm-swing', 'Mid back knots up, and my right arm keeps crossing over my body.'],
  ['weak-core', "Upper back cramps lately, and I've been skipping my strength sessions."],
  ['hills', 'Stair sessions leave my lower back sore for a day.'],
  ['training-load', 'As my runs got longer my lower back started to ache.'],
  ['training-load', 'Interval session tonight, mid back cramped on the last rep.'],
  ['shallow-breathing', 'My upper back hurts whenever I take a big breath in on climbs.'],
  ['load-carriage', 'Lower back aches on one side since I started with a bottle belt.'],
  ['stress', 'My lower back locks up every time work gets mental.'],
  ['prolonged-sitting', 'After driving the 4 hours home my lower back was stiff for days.'],
  ['stress', "Work's been brutal this month and my traps are like concrete."],
  ['load-carriage', 'Carried the baby in the sling all day and my mid back is on fire.'],
  ['prolonged-sitting', 'Nine hours a day in a terrible chair and my lower back aches on runs.'],
  ['dehydration', 'Drank nowhere near enough and my mid back cramped from 10k.'],
  ['cold-weather', 'Into a biting wind the whole way, lower back tight by the end.'],
  ['prolonged-sitting', "My upper back only aches on days I've been typing for hours."],
  ['dehydration', 'Lower back cramps late in every half, but it eases if I drink more on the run.'],
  ['training-load', 'My lower back has ached since I went from three runs a week to five.'],
  ['training-load', 'Lower back sore since I added a second long run.'],
  ['training-load', 'Back to running after six months off and my lower back is sore.'],
  ['load-carriage', 'I run with my phone in one hand and my upper back aches on that side.'],
];

describe('causes the writer rules out', () => {
  it.each<[CauseId, string]>([
    ['weak-core', "Lower back sore after the long run. I don't think it's a weak core, I lift twice a week."],
    ['hills', "My back hurts on every run. I doubt it's the hills, my loop is flat."],
    ['footwear', "Upper back tight after runs, it isn't my shoes, they're fine."],
    ['footwear', 'My lower back aches, and the new shoes are not the issue.'],
  ])('no %s in: %s', (id, text) => {
    expect(causeIds(text)).not.toContain(id);
  });

  it.each<[CauseId, string]>([
    ['hills', 'Did a hilly half on Sunday and loved every climb. Lower back sore today after lifting the kids.'],
    ['hills', 'I went up the hill loop twice without any problems, then carried the shopping home and my back seized.'],
    ['hills', 'Took the long hill nice and easy, which felt great. My mid back started aching at the bus stop later.'],
    ['impact', 'Slipped and went down hard on the concrete on Tuesday, lower back sore since.'],
    ['impact', 'Tripped over a root and landed on the tarmac; my tailbone aches when I sit.'],
    ['uneven-terrain', 'Switched to minimalist shoes and my calves feel like rocks, now my lower back has joined in.'],
    ['footwear', "I couldn't get my trainers off after the race, my back was that stiff."],
  ])('no %s where the scene went well or is where they fell: %s', (id, text) => {
    expect(causeIds(text)).not.toContain(id);
  });

  it.each<[CauseId, string]>([
    ['hills', 'The hill reps felt brilliant but my lower back paid for them the next day.'],
    ['impact', 'My lower back aches after every run on the concrete paths round here.'],
    ['weak-core', 'Without a decent core my lower back aches after every long run.'],
  ])('keeps %s when the scene is tied to the pain: %s', (id, text) => {
    expect(causeIds(text)).toContain(id);
  });

  it('keeps the cause the writer suspects', () => {
    expect(causeIds("My lower back aches and I think it's my core.")).toContain('weak-core');
  });
});

describe('causes as runners tell them', () => {
  it.each(TOLD)('%s: %s', (id, text) => {
    expect(causeIds(text)).toContain(id);
  });

  it.each<[CauseId, string]>([
    ['footwear', 'Lower back sore after runs, though I have good running shoes.'],
    ['hills', 'Fine until mile 3, then it all went downhill and my back seized.'],
    ['hills', 'Lower back sore, I do roll downs in pilates.'],
    ['cold-weather', 'Put frozen peas on my sore back last night.'],
    ['stress', 'My lower back hurts, do not put stress on it for a week.'],
    ['anxiety', 'Mid back twinges on long runs. Do I need to worry about it?'],
    ['uneven-terrain', 'My back hurts, find the root cause before running again.'],
    ['training-load', 'For new shoes I go to the shop; my back aches on hills.'],
    ['hills', 'A dull ache by my shoulder blade, rolling the shoulder eases it.'],
    ['training-load', 'My lower back aches on runs past 40 minutes, could it be my glutes?'],
  ])('no %s in: %s', (id, text) => {
    expect(causeIds(text)).not.toContain(id);
  });
});

describe('whose suspicion', () => {
  it("ranks the writer's own suspicion above what others suggested", () => {
    expect(causeIds("My physio said it's my posture, but I think it's the new shoes. My back aches.")).toEqual(['footwear', 'posture-slouch']);
    expect(causeIds("My lower back aches. People on here reckon it's my core. I blame the hills.")).toEqual(['hills', 'weak-core']);
  });

  it('keeps the order by nearness when nobody else is quoted', () => {
    expect(causeIds("My lower back aches. I think it's my core. Maybe the hills too.")).toEqual(['weak-core', 'hills']);
  });
});
