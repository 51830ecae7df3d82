import { describe, expect, it } from 'vitest';
import { LOCALES, knowledge } from '../../../core/knowledge';
import { collectStrings } from './strings';

// Figures no cited source gives: each must say, where it stands, that it is a rule of thumb.
const UNSOURCED_FIGURES = [/\b3 out of 10\b/, /10–20 ?%/, /30–50 ?%/, /about a third/, /500–800 km/, /5 °C/, /90 minutes/];
// The heat remedy's times and doses have no tested figure either.
const HEAT_DOSE = /\d+–\d+ (minutes|times)/;

describe.each(LOCALES)('rules of thumb (%s)', (locale) => {
  const strings = collectStrings(knowledge(locale));

  it('each unsourced figure is called a rule of thumb in the same sentence', () => {
    const bad = strings.flatMap(({ path, text }) =>
      text
        .split(/(?<=[.!?])\s+/)
        .filter((sentence) => UNSOURCED_FIGURES.some((figure) => figure.test(sentence)) && !/rule of thumb/.test(sentence))
        .map((sentence) => `${path}: ${sentence}`),
    );
    expect(bad).toEqual([]);
  });

  it('so are the heat times and doses', () => {
    const kb = knowledge(locale);
    const heat = [...collectStrings(kb.remedies.heat), ...collectStrings(kb.faq.find((f) => f.id === 'heat-or-ice')!)];
    const bad = heat.filter(({ text }) => HEAT_DOSE.test(text) && !/rule of thumb/.test(text));
    expect(bad).toEqual([]);
  });

  it('the About page says the remedies’ other figures are starting points', () => {
    const about = collectStrings(knowledge(locale).about).map(({ text }) => text);
    expect(about.some((text) => /rules? of thumb/.test(text) && /remedies/.test(text))).toBe(true);
  });

  it('finds a figure that lacks the label', () => {
    expect(UNSOURCED_FIGURES.some((f) => f.test('Cut by 30–50% this week.'))).toBe(true);
  });
});
