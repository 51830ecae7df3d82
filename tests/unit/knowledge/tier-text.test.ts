import { describe, expect, it } from 'vitest';
import { flagAdvice } from '../../../components/shared/red-flag-advice';
import { LOCALES, knowledge } from '../../../core/knowledge';
import { RED_FLAG_IDS, RED_FLAG_TIERS, type RedFlagTier } from '../../../core/vocabulary';
import { collectStrings } from './strings';

// What each tier's timeframe sounds like. A text for one tier must not sound like another.
const SOUNDS_LIKE: Record<RedFlagTier, RegExp> = {
  emergency: /\b(right now|now\b|immediately|at once|straight away|right away|within (minutes|(an|the) hour|hours))/i,
  'same-day': /\b(today|same day|same-day|within (24|twenty-four) hours|within a day)\b/i,
  soon: /\b(within (a few |several |the next few )?(days|weeks)|a day or two|few days|this week|next week|routine|when you can|no rush)\b/i,
};

// Routing belongs to the tier's action line alone: a flag's text never names where to call.
const ROUTING = /\b(999|112|911|000|111)\b|ambulance|A&E|emergency (department|number|services)|urgent care|call (a|your) (GP|doctor)/i;

const otherTiers = (tier: RedFlagTier) => RED_FLAG_TIERS.filter((t) => t !== tier);

function contradictions(text: string, tier: RedFlagTier): string[] {
  return otherTiers(tier).flatMap((other) => {
    const found = SOUNDS_LIKE[other].exec(text);
    return found ? [`sounds ${other} ("${found[0]}")`] : [];
  });
}

describe.each(LOCALES)('tier text (%s)', (locale) => {
  const kb = knowledge(locale);

  it('the patterns tell the tiers apart', () => {
    expect(contradictions('See a GP within a few days.', 'emergency')).toEqual(['sounds soon ("within a few days")']);
    expect(contradictions('Call 999 now.', 'soon')).toEqual(['sounds emergency ("now")']);
    expect(contradictions('Get seen today.', 'same-day')).toEqual([]);
    expect(ROUTING.test('call 999')).toBe(true);
  });

  it('no red flag’s own text contradicts its default tier or names a number', () => {
    const bad = RED_FLAG_IDS.flatMap((id) => {
      const flag = kb.redFlags[id];
      return [flag.title, flag.why, flag.action].flatMap((text) => [
        ...contradictions(text, flag.tier).map((why) => `${id}: ${why}`),
        ...(ROUTING.test(text) ? [`${id}: names routing: ${text}`] : []),
      ]);
    });
    expect(bad).toEqual([]);
  });

  it('each note for another tier speaks as that tier, and no flag has a note for its own', () => {
    const bad = RED_FLAG_IDS.flatMap((id) => {
      const flag = kb.redFlags[id];
      return Object.entries(flag.atTier ?? {}).flatMap(([tier, note]) => [
        ...(tier === flag.tier ? [`${id}: note for its own tier`] : []),
        ...contradictions(note, tier as RedFlagTier).map((why) => `${id} at ${tier}: ${why}`),
        ...(ROUTING.test(note) ? [`${id} at ${tier}: names routing`] : []),
      ]);
    });
    expect(bad).toEqual([]);
  });

  it('whatever tier a post gives a flag, the advice shown with it does not contradict that tier', () => {
    const bad = RED_FLAG_IDS.flatMap((id) =>
      RED_FLAG_TIERS.flatMap((tier) => contradictions(flagAdvice(kb.redFlags[id], tier), tier).map((why) => `${id} at ${tier}: ${why}`)),
    );
    expect(bad).toEqual([]);
  });

  it('each tier’s label, routing line and description speak as that tier', () => {
    const bad = RED_FLAG_TIERS.flatMap((tier) =>
      collectStrings(kb.tiers[tier]).flatMap(({ path, text }) => contradictions(text, tier).map((why) => `${tier}.${path}: ${why}`)),
    );
    expect(bad).toEqual([]);
  });

  it('routes emergencies to every emergency number or the local one, and same-day to NHS 111 in the UK', () => {
    const { emergency, 'same-day': sameDay, soon } = kb.tiers;
    for (const number of ['999', '112', '911', '000']) expect(emergency.action).toContain(number);
    expect(emergency.action).toMatch(/local emergency number/);
    expect(sameDay.action).toMatch(/NHS 111/);
    expect(sameDay.action).not.toMatch(/\b999\b/);
    expect(soon.action).not.toMatch(/\b(999|111)\b/);
  });

  it('the FAQ lists each sign once, under the routing line of its flag’s tier', () => {
    const answer = kb.faq.find((f) => f.id === 'when-to-see-doctor')!.answer;
    for (const tier of RED_FLAG_TIERS) {
      expect(answer.filter((p) => p.includes(kb.tiers[tier].action)), tier).toHaveLength(1);
    }
    const under = (tier: RedFlagTier) => answer.find((p) => p.includes(kb.tiers[tier].action))!;
    const SIGNS: [RegExp, RedFlagTier][] = [
      [/chest pain/, 'emergency'],
      [/arm, the jaw, neck or shoulder, during exercise or at rest/, 'emergency'],
      [/sweating/, 'emergency'],
      [/tearing/, 'emergency'],
      [/both legs/, 'emergency'],
      [/wiping/, 'emergency'],
      [/bladder is full/, 'emergency'],
      [/sexual/, 'emergency'],
      [/serious fall/, 'emergency'],
      [/cola-coloured urine/, 'emergency'],
      [/high temperature/, 'same-day'],
      [/night pain that no position eases/, 'same-day'],
      [/weight loss/, 'same-day'],
      [/lump/, 'same-day'],
      [/osteoporosis/, 'same-day'],
      [/minor fall/, 'same-day'],
      [/one leg that stays the same/, 'soon'],
      [/stiffness on waking/, 'soon'],
      [/missed periods/, 'soon'],
      [/arching backwards/, 'soon'],
    ];
    for (const [sign, tier] of SIGNS) {
      expect(under(tier), `${sign} under ${tier}`).toMatch(sign);
      for (const other of otherTiers(tier)) expect(under(other), `${sign} not under ${other}`).not.toMatch(sign);
    }
  });

  it('no text anywhere gives a sign a later timeframe than its tier', () => {
    const TOPICS: [RegExp, RedFlagTier][] = [
      [/\bfever|high temperature/i, 'same-day'],
      [/bladder|bowel|saddle|genitals/i, 'emergency'],
      [/chest pain/i, 'emergency'],
      [/both legs/i, 'emergency'],
    ];
    const later = (tier: RedFlagTier) => RED_FLAG_TIERS.slice(RED_FLAG_TIERS.indexOf(tier) + 1);
    const bad = collectStrings({ ...kb, sources: {} }).flatMap(({ path, text }) =>
      text.split(/(?<=[.;!?])\s+/).flatMap((sentence) =>
        TOPICS.flatMap(([topic, tier]) =>
          topic.test(sentence) ? later(tier).filter((t) => SOUNDS_LIKE[t].test(sentence)).map((t) => `${path}: sounds ${t}: ${sentence}`) : [],
        ),
      ),
    );
    expect(bad).toEqual([]);
  });

  it('the self-care state never reads as an all-clear', () => {
    const allClear = /not serious|nothing serious|harmless|nothing to worry|all clear|all-clear|safe to ignore|no need to (see|worry)/i;
    const bad = collectStrings(kb.selfCare).filter(({ text }) => allClear.test(text));
    expect(bad).toEqual([]);
  });
});
