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
    // A doctor refused is no advice: the symptoms stay hers.
    expect(flags("Partner (48F) had upper back pain on her run with nausea and a cold sweat, and she won't go to the doctor.")).toEqual([
      'heart-warning-signs',
    ]);
  });
});

describe('red flags: past events', () => {
  it.each([
    'Had a nasty fall off a climbing frame years ago as a kid, and my lower back aches after long runs.',
    'Lower back sore today. As a teenager I was in a car crash, nothing since.',
    'I had severe sciatica five years ago; this time my lower back is just a bit stiff.',
    'When I had sciatica last spring my foot went numb for weeks. This lower back pain feels muscular.',
  ])('leaves a long-past event alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });

  it('keeps a diagnosis made last year, and what began after a past stretch', () => {
    expect(flags('My bone scan showed osteopenia last year, and this week my mid back started hurting.')).toEqual(['steroids-osteoporosis']);
    expect(flags('My low back was niggly for most of last year before my left calf started going numb on runs.')).toEqual(['numbness-weakness']);
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
    'I think I tore a small muscle deadlifting. My lower back is sore but fine to jog on.',
    'Severe weather warning but I ran anyway, and my lower back is a bit tight.',
    'My lower back ached for a week, but the tightness has finally hit the road.',
    'My coach had cancer a few years ago and still runs ultras. My own lower back is just tight.',
    'I read that numbness in both legs is a warning sign, so I am glad I have none; just an achy lower back.',
    'Lost a few pounds since starting couch to 5k, which was the plan. Lower back a bit achy though.',
    'My legs were dead after the 20 miler and my lower back ached on the drive home.',
    'The race fell on a Sunday, and my lower back was stiff from the drive.',
    'I fell into a nice rhythm by mile 5, then my lower back started to ache.',
    'Had my flu jab yesterday and my lower back is a bit stiff.',
    'Heart racing with nerves at the start, and my lower back was tight by halfway.',
    'Is numbness in both legs a sign of something bad? My lower back is sore and I worry, but I have no numbness.',
    'Parkrun PB! Felt sick at the finish from the effort and my upper back was tight, worth it.',
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
    // The same signs in the words writers use, a question about their own symptom included.
    ['Is it normal to have numbness down both legs after a long run? Lower back sore since Sunday.', 'numbness-weakness'],
    ['Around mile 4 both my legs fall asleep and my lower back is on fire.', 'numbness-weakness'],
    ["Lower back pain all week and my right leg keeps giving way when I stand up.", 'numbness-weakness'],
    ["Posting for my wife: her lower back has been bad all week and tonight she can't feel her feet.", 'numbness-weakness'],
    ["Since my back went I have to push really hard to get the pee started.", 'bladder-bowel'],
    ["Low back pain, and I can't tell if I've finished peeing.", 'bladder-bowel'],
    ['Lower back pain and things feel strange down there.', 'bladder-bowel'],
    ["Lower back pain and I've been shivery and boiling hot in turns.", 'fever-unwell'],
    ['Been sweating through my sheets every night and the lower back ache will not shift.', 'fever-unwell'],
    ['Thermometer said 38.6 this morning and my mid back is really sore.', 'fever-unwell'],
    ['My lower back pain wakes me around 3 and no position helps.', 'night-pain'],
    ['Went over the handlebars yesterday and my mid back is sore.', 'trauma'],
    ['Caught my foot on a root on the trail and my lower back aches.', 'trauma'],
    ["Down 5 kilos since summer and I haven't changed anything, plus this lower back ache.", 'weight-loss'],
    ['Upper back pain and I was sweating far more than the pace deserved.', 'heart-warning-signs'],
    ['Upper back pain on an easy run, it felt like I was being torn apart.', 'tearing-pain'],
    ['After the ultra my lower back aches and my urine looked like black tea.', 'dark-urine'],
    ['My lower back has been agony and my pee is a really dark brown.', 'dark-urine'],
    ["22F, my period hasn't come for four months, and there's a deep ache in my lower back.", 'stress-fracture-signs'],
    ['I am 15 and my lower back really hurts when I do backbends.', 'stress-fracture-signs'],
    ['For half a year my lower back has been stiff first thing, it takes an hour to loosen, running makes it better.', 'inflammatory-pattern'],
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
