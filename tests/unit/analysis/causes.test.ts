import { describe, expect, it } from 'vitest';
import { analyze } from '../../../core/analyze';
import { CAUSE_IDS, type CauseId } from '../../../core/vocabulary';

const causeIds = (text: string) => analyze(text).causes.map((cause) => cause.id);

const EXAMPLES: Record<CauseId, string> = {
  'posture-slouch': 'My upper back aches, I think I hunch over when tired.',
  'posture-overarch': 'Lower back pain, coach says I am over-arching and leaning back.',
  'weak-core': 'Lower back sore again, I skipped core for months.',
  'tight-hamstrings': 'Lower back tight, and my tight hamstrings do not help.',
  impact: 'My back hurts from pounding the pavement and heel striking.',
  footwear: 'Back pain since I got new Hokas, maybe the zero drop switch.',
  stress: 'Upper back tight all week, work has been stressful.',
  anxiety: 'My mid back aches when I am anxious before races.',
  'shallow-breathing': 'Mid back sore, I keep holding my breath on climbs.',
  diaphragm: 'Mid back pain and a side stitch, not using my diaphragm.',
  'uneven-terrain': 'Lower back sore after trails full of roots and rocks.',
  hills: 'Mid back aches after hill repeats, 800m of climbing.',
  'cold-weather': 'Back stiff on the -5C run this morning, freezing.',
  humidity: 'Back spasm in the muggy heat.',
  dehydration: 'Back cramped up, I was dehydrated and forgot my water.',
  electrolytes: 'Back spasms, forgot my electrolytes again.',
  magnesium: 'Back knots, wondering about magnesium.',
  'vitamin-d': 'Chronic back ache, my vitamin D was low.',
  treadmill: 'Lower back aches on the dreadmill only.',
  'load-carriage': 'Upper back sore from my run commute with a backpack.',
  'training-load': 'Lower back pain since I upped my mileage for a new marathon block.',
  'arm-swing': 'Upper back tight, my arms crossing and shrugging shoulders.',
  'prolonged-sitting': 'Lower back stiff after a 12 hour drive and my desk job.',
};

describe('causes', () => {
  it.each(CAUSE_IDS.map((id) => [id, EXAMPLES[id]] as const))('%s has cues', (id, text) => {
    expect(causeIds(text)).toContain(id);
  });

  it('reports no causes without an active mention', () => {
    expect(analyze('Hill repeats on the treadmill today, felt great.').causes).toEqual([]);
    expect(analyze('No back pain after hill repeats on the treadmill.').causes).toEqual([]);
  });

  it('skips negated cues', () => {
    expect(causeIds('My lower back aches. No hills, it was flat.')).not.toContain('hills');
  });

  it('carries every evidence span', () => {
    const text = 'Mid back sore after the hills. So many hills, and the uphill finish.';
    const hills = analyze(text).causes.find((cause) => cause.id === 'hills')!;
    expect(hills.evidence.map((span) => span.text)).toEqual(['hills', 'hills', 'uphill']);
    for (const span of hills.evidence) expect(text.slice(span.start, span.end)).toBe(span.text);
  });

  it('ranks cues near the mention above far ones, then by first evidence', () => {
    const text = ['Some treadmill runs lately.', 'Filler.', 'Filler.', 'Filler.', 'Filler.', 'My back aches after hill repeats.'].join(' ');
    expect(causeIds(text)).toEqual(['hills', 'treadmill']);
    const tie = analyze('My back aches after the treadmill and hills.').causes;
    expect(tie.map((cause) => cause.id)).toEqual(['treadmill', 'hills']);
    expect(tie[0]!.score).toBe(tie[1]!.score);
  });

  it('scores more distinct cues higher, within 0..1', () => {
    const one = analyze('My back aches after hills.').causes[0]!.score;
    const three = analyze('My back aches after hills, uphill finishes and elevation gain.').causes[0]!.score;
    expect(three).toBeGreaterThan(one);
    expect(three).toBeLessThanOrEqual(1);
  });

  it('weighs a cue in another paragraph of a long post less', () => {
    const near = analyze('My back aches after the treadmill.').causes[0]!.score;
    const far = analyze(`My back aches.\n\n${'We talked about other things. '.repeat(6)}\n\nI run on the treadmill.`).causes[0]!.score;
    expect(far).toBeLessThan(near);
  });

  it('treats "backpack" as a load-carriage cue but not as a mention', () => {
    const analysis = analyze('Upper back sore. I carry a backpack on the run commute.');
    expect(analysis.mentions).toHaveLength(1);
    expect(analysis.causes.map((cause) => cause.id)).toContain('load-carriage');
  });

  it('reads temperatures: -5C is cold, 25C is not, 34F as an age tag is not', () => {
    expect(causeIds('Back stiff, -5C out.')).toContain('cold-weather');
    expect(causeIds('Back stiff, 25C out.')).not.toContain('cold-weather');
    expect(causeIds('34F, been running 2 yrs. Lower back tightness after every run.')).not.toContain('cold-weather');
  });

  it('reads "clammy" as the weather only with a word of weather: in a heart warning it is a symptom', () => {
    expect(causeIds('Ache between my shoulder blades on the climb and I went cold and clammy.')).not.toContain('humidity');
    expect(causeIds('My upper back ached and I felt clammy and sick.')).not.toContain('humidity');
    expect(causeIds('Lower back stiff after a clammy evening run.')).toContain('humidity');
  });

  it('reads a season or a steady weekly volume as background, not a cause', () => {
    expect(causeIds('My lower back ached all winter, vitamin D was low.')).not.toContain('cold-weather');
    expect(causeIds('Back stiff after a winter run in the dark.')).toContain('cold-weather');
    expect(causeIds('I run 40 miles a week and my lower back aches after long runs.')).not.toContain('training-load');
    expect(causeIds('My lower back aches since I upped my mileage to 40 miles a week.')).toContain('training-load');
  });

  it.each([
    ['weak-core', 'My lower back is sore, my core is basically nonexistent.'],
    ['weak-core', 'Lower back sore again, I never do any strength work.'],
    ['weak-core', 'My QL flares up on hills. Is this a core thing?'],
    ['diaphragm', 'Mid back aches on every run and I never use my diaphragm.'],
    ['diaphragm', 'Middle back sore, breathing into chest not belly.'],
    ['shallow-breathing', 'Mid back tight, I breathe way too high in my chest.'],
    ['arm-swing', 'Upper back aches, I keep tensing up my shoulders.'],
    ['arm-swing', 'Upper back tight, my shoulders creep up by my ears.'],
    ['cold-weather', 'Thoracic back pain after running in the cold.'],
    ['training-load', 'Back pain has crept in since I started marathon training.'],
    ['training-load', 'Back sore, mileage went from 30 to 50 this month.'],
    ['training-load', 'Lower back tight since I increased my long run to 20k.'],
    ['training-load', 'Track 12x400. Back tight after.'],
    ['stress', 'My mid back pain comes on when I am anxious about work.'],
    ['prolonged-sitting', 'Slouching at my laptop all day, upper back pain every run.'],
    ['posture-slouch', 'Sore lower back on the treadmill, I am staring down at a screen.'],
    ['footwear', 'Lower back ache since I bought a pair with a huge stack height and a rocker sole.'],
    ['impact', 'Leaning back on the downhills will jar your lower back.'],
    ['treadmill', 'Lower back aches since I moved indoors for the winter.'],
  ] as const)('reads %s in: %s', (id, text) => {
    expect(causeIds(text)).toContain(id);
  });

  it.each([
    ['cold-weather', 'My lower back aches and I have a head cold.'],
    ['footwear', 'Lower back aches after long runs. Same shoes, same routes as last year.'],
    ['anxiety', 'Pain between my shoulder blades since Sunday. Should I be worried?'],
    ['prolonged-sitting', 'Upper back pain, I was short of breath sitting on the couch.'],
    ['treadmill', 'Mid back ache, and vitamin D low, common in people who work indoors.'],
    ['stress', 'Roots and rocks make my back tense up from all the little corrections.'],
    ['training-load', 'My lower back pain did not go away, still there after 2 weeks off.'],
  ] as const)('reads no %s in: %s', (id, text) => {
    expect(causeIds(text)).not.toContain(id);
  });

  describe('things tried in vain are not causes', () => {
    it.each([
      'Nothing helps my lower back pain. Stretching, foam rolling, new shoes, nothing.',
      'My lower back aches. New shoes, nothing helped.',
      'Upper back tight on every run. Hydration vest, new shoes, made no difference.',
    ])('%s', (text) => {
      expect(causeIds(text)).toEqual([]);
    });

    it.each([
      'My lower back aches after long runs. I tried new shoes, a standing desk and massage.',
      "My lower back aches after long runs. I've tried a new mattress, new shoes, the lot.",
      "Lower back stiff after every run. I'm half tempted to run on the treadmill instead, but that feels like giving up.",
      'Sore lower back after every run. Wondering whether to get a second pair of shoes.',
    ])('remedies opened by trying or weighing them: %s', (text) => {
      expect(causeIds(text)).toEqual([]);
    });

    it.each([
      'Swapped my trainers for a cushioned pair and it made no difference, my lower back still aches.',
      'Sore lower back after every run; a standing desk made no difference.',
    ])('a change told before "no difference": %s', (text) => {
      expect(causeIds(text)).toEqual([]);
    });

    it('keeps the story before the change that made no difference', () => {
      expect(causeIds('My lower back has ached since I started hill reps, and a new pair of shoes made no difference.')).toEqual(['hills']);
    });

    it('keeps a change that "didn\'t help": it may have made things worse', () => {
      expect(causeIds('I doubled my weekly mileage and it didn\'t help, my lower back aches on every run.')).toEqual(['training-load']);
    });

    it('keeps a cue in an opened clause that reports the back', () => {
      expect(causeIds('I tried new shoes and my lower back got worse.')).toEqual(['footwear']);
    });

    it('keeps a cue the list item reports as hurting, or one outside the list', () => {
      expect(causeIds('My lower back aches. New shoes wrecked my back, nothing helps.')).toEqual(['footwear']);
      expect(causeIds("Lower back pain since I switched to zero drop shoes, stretching didn't help.")).toEqual(['footwear']);
      expect(causeIds('My upper back aches when I wear my hydration pack. Loosened it, tightened it, no difference.')).toEqual(['load-carriage']);
    });
  });
});
