// Whose red flag, and when: only the writer's own (or the person they post for), present now.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../core/analyze';

const flags = (text: string) => analyze(text).redFlags.map((flag) => flag.id);

describe('red flags: someone else’s story', () => {
  it.each([
    'My lower back is stiff after the long run. My grandad had night sweats for months before they found it.',
    'Sore lower back. My sister’s legs went numb when she had her disc out, so I am a bit nervous.',
    'Lower back aches a little. A guy at my club had a fever with his back pain and it was an infection.',
    'My mid back is tight. He said his chest pain started on a hill too.',
  ])('leaves another person’s symptom alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });

  it('keeps the writer’s own symptom next to a relative’s story', () => {
    expect(flags('My mum had a fever last winter, but now I have a fever and my lower back aches.')).toEqual(['fever-unwell']);
    expect(flags('My dad had cancer, and I have night sweats with this lower back pain.')).toEqual(['fever-unwell']);
  });

  it('keeps the symptoms of the person the post is for', () => {
    expect(flags('Posting for my husband, who is not online. His lower back hurts and his legs went numb on Sunday.')).toEqual([
      'numbness-weakness',
    ]);
    expect(flags('My daughter has lower back pain after cross country and she has had a fever since yesterday.')).toEqual([
      'fever-unwell',
    ]);
  });
});

describe('red flags: past events', () => {
  it.each([
    'Had a nasty fall off a climbing frame years ago as a kid, and my lower back aches after long runs.',
    'Lower back sore today. As a teenager I was in a car crash, nothing since.',
    'I had severe sciatica five years ago; this time my lower back is just a bit stiff.',
  ])('leaves a long-past event alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });

  it('keeps what is happening now after a past event', () => {
    expect(flags('I broke my wrist years ago, but now my legs are numb and my lower back aches.')).toEqual(['numbness-weakness']);
    expect(flags('My lower back pain began two years ago and is getting worse every week.')).toEqual(['severe-worsening']);
  });

  it('keeps a past cancer: it is the point of that flag', () => {
    expect(flags('Lower back pain that will not settle, and I had bowel cancer ten years ago.')).toEqual(['cancer-history']);
  });
});

describe('red flags: lookalikes', () => {
  it.each([
    'My lower back hurt and I fell behind the pace on the last lap.',
    'My mid back aches, and the tightness makes it hard to breathe deeply on hills.',
    'Lower back pain again; it will severely limit my marathon block if it stays.',
  ])('%s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('red flags: plain words for the signs', () => {
  it.each([
    ['Lower back pain for a week and I can’t really feel it when I wipe.', 'bladder-bowel'],
    ['Lower back pain, and I can’t tell when my bladder is full any more.', 'bladder-bowel'],
    ['My lower back aches and it is numb down there since Tuesday.', 'bladder-bowel'],
    ['Mid back pain and I can’t get my breath even sitting on the sofa.', 'breathing-difficulty'],
    ['Lower back pain and my foot has started slapping down when I walk.', 'numbness-weakness'],
    ['Lower back ache, and my right leg feels weaker every week.', 'numbness-weakness'],
    ['Upper back pain and then my chest started tightening on the climb.', 'chest-pain'],
    ['My upper back aches with a shooting pain up into my neck.', 'radiating-arm-jaw'],
    ['Upper back so painful that I had to walk home.', 'severe-worsening'],
    ['I can hardly move with this lower back pain.', 'severe-worsening'],
    ['Lower back in extreme pain after the race.', 'severe-worsening'],
    ['Lower back pain, and every roll over in bed hurts.', 'night-pain'],
    ['My lower back is in spasm, I woke up unable to move this morning.', 'night-pain'],
  ] as const)('%s', (text, id) => {
    expect(flags(text)).toContain(id);
  });

  it('reads "a little accident" on a run as the bladder, not a crash', () => {
    expect(flags('I had a little accident on my run today and did not feel it coming, and my lower back is sore.')).toEqual(['bladder-bowel']);
  });

  it('needs a word of feeling to read a toilet moment as changed feeling', () => {
    expect(flags('My lower back hurts when I bend down to wipe.')).toEqual([]);
  });
});
