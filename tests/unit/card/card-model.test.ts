import { describe, expect, it } from 'vitest';
import { cardModel } from '../../../components/card/card-model';
import { knowledge } from '../../../core/knowledge';
import type { Analysis } from '../../../core/types';

const kb = knowledge();
const mention = { start: 0, end: 9, text: 'back pain', region: 'lower' as const, status: 'active' as const };

function post(extra: Partial<Analysis>): Analysis & { key: number } {
  return { key: 1, mentions: [mention], causes: [], redFlags: [], ...extra };
}

describe('cardModel', () => {
  it('keeps the top three causes, and each quote once', () => {
    const span = (text: string) => ({ start: 0, end: text.length, text });
    const model = cardModel(
      post({
        causes: [
          { id: 'hills', score: 0.9, evidence: [span('uphill'), span('Uphill'), span('hill repeats')] },
          { id: 'treadmill', score: 0.8, evidence: [span('treadmill')] },
          { id: 'footwear', score: 0.7, evidence: [span('new shoes')] },
          { id: 'cold-weather', score: 0.6, evidence: [span('freezing')] },
        ],
      }),
      mention,
      kb,
    );
    expect(model.causes.map((c) => c.title)).toEqual([
      kb.causes.hills.title,
      kb.causes.treadmill.title,
      kb.causes.footwear.title,
    ]);
    expect(model.causes[0]!.quotes).toEqual(['uphill', 'hill repeats']);
  });

  it('shows an activity page’s facts behind a cause, even with no quote', () => {
    const model = cardModel(
      post({
        causes: [{ id: 'cold-weather', score: 0.3, evidence: [], facts: [{ fact: 'temperatureC', label: 'Temperature', value: '1 °C' }] }],
      }),
      mention,
      kb,
    );
    expect(model.causes[0]).toMatchObject({ quotes: [], facts: ['Temperature 1 °C'] });
  });

  it('orders red flags by urgency and takes the tier, routing and advice of the most urgent', () => {
    const model = cardModel(
      post({
        redFlags: [
          { id: 'night-pain', tier: 'same-day', start: 0, end: 1, text: 'x' },
          { id: 'chest-pain', tier: 'emergency', start: 2, end: 3, text: 'y' },
        ],
      }),
      mention,
      kb,
    );
    expect(model.redFlags).toEqual({
      tier: 'emergency',
      tierLabel: kb.tiers.emergency.label,
      routing: kb.tiers.emergency.action,
      titles: [kb.redFlags['chest-pain'].title, kb.redFlags['night-pain'].title],
      whose: 'this',
      quotes: ['y', 'x'],
      advice: kb.redFlags['chest-pain'].action,
    });
  });

  it('names the post’s author where the site gives one, and each of its sign’s words once', () => {
    const flagged = {
      ...post({
        redFlags: [
          { id: 'numbness-weakness', tier: 'emergency', start: 0, end: 1, text: 'both my legs went numb' },
          { id: 'numbness-weakness', tier: 'emergency', start: 5, end: 6, text: 'Both my legs went numb' },
        ],
      }),
      label: 'u/lena',
    };
    expect(cardModel(flagged, mention, kb).redFlags).toMatchObject({ whose: { author: 'u/lena' }, quotes: ['both my legs went numb'] });
  });

  it('follows the tier the post gave a flag, not its default', () => {
    const model = cardModel(
      post({ redFlags: [{ id: 'numbness-weakness', tier: 'soon', start: 0, end: 1, text: 'x' }] }),
      mention,
      kb,
    );
    const flag = kb.redFlags['numbness-weakness'];
    expect(model.redFlags).toMatchObject({ tier: 'soon', routing: kb.tiers.soon.action });
    expect(model.redFlags!.advice).toBe(`${flag.atTier!.soon} ${flag.action}`);
  });

  it('has no red-flag banner when the post has none', () => {
    expect(cardModel(post({}), mention, kb).redFlags).toBeNull();
  });
});
