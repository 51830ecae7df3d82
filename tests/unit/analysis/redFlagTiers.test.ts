// A red flag's tier in the post: its default unless the words around it move it.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../core/analyze';
import type { RedFlagId, RedFlagTier } from '../../../core/vocabulary';

const tierOf = (text: string, id: RedFlagId): RedFlagTier | undefined => analyze(text).redFlags.find((hit) => hit.id === id)?.tier;

describe('red-flag tiers per post', () => {
  it.each([
    ['Lower back pain and pins and needles down my left leg, no worse than a week ago.', 'soon'],
    ['Lower back pain with a numb patch on the outside of one foot.', 'soon'],
    ['Lower back pain and both my legs went numb on the way home.', 'emergency'],
    ['Lower back pain and now sciatica down both legs since yesterday.', 'emergency'],
    ['Lower back pain and my legs feel weaker each day.', 'emergency'],
    // One leg's weakness, new or growing over days: a same-day check (a regional NHS back pain
    // pathway); growing by the hour, or in both legs, an emergency (SOURCES-CHECKED.md).
    ['Lower back pain and my foot keeps dragging on the kerb.', 'same-day'],
    ['Lower back pain and my right leg is weak when I climb steps.', 'same-day'],
    ["Lower back pain, and I can't lift the front of my left foot properly.", 'same-day'],
    ['Lower back pain and my left foot has got weaker every week.', 'same-day'],
    ['Lower back pain and my left leg is getting weaker by the hour.', 'emergency'],
    ['My legs went weird on the run. Both of them, like pins and needles, and my lower back aches.', 'emergency'],
  ] as const)('numbness-weakness: %s → %s', (text, tier) => {
    expect(tierOf(text, 'numbness-weakness')).toBe(tier);
  });

  it.each([
    ['Knocked off my bike by a car on the way to the track, my lower back is agony.', 'emergency'],
    ['Fell off a ladder clearing the gutters, now my lower back hurts.', 'emergency'],
    ['Tripped on a root on the trail and my lower back aches. I have osteoporosis.', 'same-day'],
    ['Slipped on a wet step and my lower back hurts. I am 63.', 'same-day'],
    ['Slipped on a wet step and my lower back hurts, I take prednisolone for my arthritis.', 'same-day'],
    ['Slipped on a wet step and my lower back hurts a bit.', 'soon'],
    ['Tripped on the towpath and hit the ground, my lower back is sore. I am 34.', 'soon'],
    ['Got hit by a cyclist on the towpath and my mid back is very sore.', 'emergency'],
  ] as const)('trauma: %s → %s', (text, tier) => {
    expect(tierOf(text, 'trauma')).toBe(tier);
  });

  it('makes a past cancer an emergency with nerve or bladder signs, same-day alone', () => {
    expect(tierOf('Mid back pain and I had a melanoma removed four years ago.', 'cancer-history')).toBe('same-day');
    expect(tierOf('Mid back pain, my legs have gone numb, and I had a melanoma removed four years ago.', 'cancer-history')).toBe('emergency');
    expect(tierOf("Lower back pain, I can't control my bladder, and I finished chemo last year.", 'cancer-history')).toBe('emergency');
  });

  it('keeps unremitting night pain same-day and makes night pain that settles on turning soon', () => {
    expect(tierOf('My lower back pain wakes me every night and no position helps.', 'night-pain')).toBe('same-day');
    expect(tierOf('My lower back aches when I roll over in bed, then it settles.', 'night-pain')).toBe('soon');
  });

  it('makes pain worse by the hour, or that stops all movement, an emergency', () => {
    expect(tierOf('Lower back pain is unbearable today.', 'severe-worsening')).toBe('same-day');
    expect(tierOf('My lower back pain is getting worse by the hour.', 'severe-worsening')).toBe('emergency');
    expect(tierOf("My lower back has seized, I can't move at all.", 'severe-worsening')).toBe('emergency');
  });

  it('makes breathlessness on effort that came on over weeks same-day, at rest an emergency', () => {
    expect(tierOf('Mid back ache and I have been puffed on the stairs for weeks.', 'breathing-difficulty')).toBe('same-day');
    expect(tierOf('Mid back ache and I am short of breath at rest tonight.', 'breathing-difficulty')).toBe('emergency');
  });

  it('makes night pain that eases once moving soon, and keeps it same-day when nothing eases it', () => {
    expect(tierOf('My lower back pain wakes me at 3am but eases once I get moving.', 'night-pain')).toBe('soon');
    expect(tierOf('My lower back pain wakes me at 3am and nothing eases it.', 'night-pain')).toBe('same-day');
  });

  it('keeps the cauda equina signs and a fever at their tiers', () => {
    expect(tierOf('Lower back pain and my saddle area is numb.', 'bladder-bowel')).toBe('emergency');
    expect(tierOf('Lower back pain and it feels numb when I wipe.', 'bladder-bowel')).toBe('emergency');
    expect(tierOf('Lower back pain and a fever since last night.', 'fever-unwell')).toBe('same-day');
  });

  it('gives every red flag a tier in scan order', () => {
    const hits = analyze('Upper back pain, pressure in my chest, and tingling down one arm that is no worse.').redFlags;
    expect(hits.map((hit) => [hit.id, hit.tier])).toEqual([
      ['chest-pain', 'emergency'],
      ['numbness-weakness', 'soon'],
    ]);
  });
});
