import { describe, expect, it } from 'vitest';
import { analyze } from '../../../core/analyze';

const statuses = (text: string) => analyze(text).mentions.map((m) => m.status);

describe('status: NegEx/ConText-style negation', () => {
  it.each([
    'no back pain at all',
    'I have never had back pain',
    'ran 20 miles without any lower back pain',
    "my back didn't hurt at all",
    'my back didn’t hurt once',
    'back pain is finally gone',
    'the mid back pain I posted about last month has completely gone',
    'back felt fine',
    'my lower back was ok today',
    'my back spasms stopped after I started taking salt',
    'zero back soreness after the marathon',
    "It wasn't my back that hurt, it was my glutes",
    'back pain free for months now',
    'most runners who stick to it are back pain free within weeks',
    'zero back soreness after the marathon, which has never happened before',
  ])('negated: %s', (text) => {
    expect(statuses(text)).toEqual(['negated']);
  });

  it.each([
    'anyone else get mid back pain on long runs?',
    'rows fixed my upper back pain',
    'not only does my back hurt, my hips do too',
    'no improvement in my lower back pain',
    'nothing helps my lower back pain',
    'my back pain never goes away',
    'no knee pain but my back is killing me',
    'no knee pain, however my back is killing me',
    'never had back pain until I started running hills',
    'my lower back is not great today',
    'the back pain is not fully gone',
    "my back won't stop hurting",
    'no bladder problems, just a lower back that stiffens up',
    'no numbness or tingling, only a sore upper back',
    'my lower back ache eased once I stopped chest breathing',
    "there's nothing like the lower back pain after your first marathon",
    "stretching didn't help my back pain",
    'my lower back is sore and my core is basically nonexistent',
    'the evidence linking vitamin D and back pain is not strong',
  ])('active: %s', (text) => {
    expect(statuses(text)).toEqual(['active']);
  });

  it('ends the scope at a sentence end', () => {
    expect(statuses('No hills today. My back is sore.')).toEqual(['active']);
  });

  describe('across a question and its answer', () => {
    it.each(['Lower back pain? Never had it, touch wood.', 'Any back pain? Nope.', 'Back pain?\n\nNo, never.'])('negates %s', (text) => {
      expect(statuses(text)).toEqual(['negated']);
    });

    it.each([
      'Back pain? No idea why but it hurts.',
      'Back pain? Yes, every run.',
      'Anyone else get lower back pain? Never had it before this block.',
    ])('keeps %s active', (text) => {
      expect(statuses(text)).toEqual(['active']);
    });
  });

  describe('pain scores of activity notes', () => {
    const scored = (text: string) => analyze(text).mentions.map((m) => [m.text, m.status]);

    it.each([
      ['Back: 0/10', [['Back: 0/10', 'negated']]],
      ['LBP 0/10 today', [['LBP 0/10', 'negated']]],
      ['Easy 8k. Back 0/10, legs 3/10.', [['Back 0/10', 'negated']]],
      ['Lower back pain 0 out of 10 after the long run', [['Lower back pain 0 out of 10', 'negated']]],
      ['LBP 2/10', [['LBP 2/10', 'active']]],
      ['back 6/10 after the tempo', [['back 6/10', 'active']]],
      ['Lower back 0.5/10, barely there', [['Lower back 0.5/10', 'active']]],
      ['Upper back: 10/10 sore', [['Upper back: 10/10 sore', 'active']]],
    ])('a score of 0 is no pain, any other is pain: %s', (text, expected) => {
      expect(scored(text)).toEqual(expected);
    });

    it('reads no score in a date or another scale', () => {
      expect(scored('Back: 3/4 of the way round')).toEqual([]);
      expect(scored('back pain since 12/10')).toEqual([['back pain', 'active']]);
    });
  });

  describe('labelled notes', () => {
    it('links a location label to its status word across a colon', () => {
      const mentions = analyze('Lower back: fine. Hamstrings: tight. Knees: grumpy.').mentions;
      expect(mentions.map((m) => [m.text, m.region, m.status])).toEqual([['Lower back: fine', 'lower', 'negated']]);
      expect(analyze('My upper back: sore again.').mentions.map((m) => [m.text, m.status])).toEqual([['upper back: sore', 'active']]);
    });

    it('needs the location to lead its sentence', () => {
      expect(analyze('Question about my back: it is fine').mentions).toEqual([]);
    });
  });
});
