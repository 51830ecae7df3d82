import { describe, expect, it } from 'vitest';
import { analyze, lexicons } from '../../../core/analyze';
import { CLAUSE_TOKEN, PARAGRAPH_TOKEN, SENTENCE_TOKEN, tokenize } from '../../../core/detector/tokenize';
import { NUMBER_WORD, SLASH_WORD, UNKNOWN_WORD } from '../../../core/detector/wordIndex';

function words(text: string): string[] {
  const lex = lexicons().all;
  const stream = tokenize(text, lex.words, lex.ampersandId);
  const out: string[] = [];
  for (let t = 0; t < stream.count; t++) {
    const id = stream.ids[t]!;
    out.push(id === SENTENCE_TOKEN ? '<s>' : id === PARAGRAPH_TOKEN ? '<p>' : id === CLAUSE_TOKEN ? '<c>' : text.slice(stream.starts[t]!, stream.ends[t]!));
  }
  return out;
}

describe('tokenize', () => {
  it('splits hyphens, digits from letters, keeps apostrophes inside words', () => {
    expect(words("Mid-back didn’t hurt, 800m climb!")).toEqual(['Mid', 'back', 'didn’t', 'hurt', '<c>', '800', 'm', 'climb', '<s>']);
  });

  it('marks sentence and paragraph breaks, not decimal points', () => {
    expect(words('Ran 3.5 miles.\n\nSore')).toEqual(['Ran', '3', '5', 'miles', '<p>', 'Sore']);
  });

  it('reads a slash as a word of its own', () => {
    expect(words('Back: 2/10, back/neck')).toEqual(['Back', '<c>', '2', '/', '10', '<c>', 'back', '/', 'neck']);
    const lex = lexicons().all;
    expect(tokenize('2/10', lex.words, lex.ampersandId).ids[1]).toBe(SLASH_WORD);
  });

  it('treats emoji and lone surrogates as spaces', () => {
    expect(words('back😩pain\uD800sore')).toEqual(['back', 'pain', 'sore']);
  });

  it('identifies lexicon words case-insensitively and numbers', () => {
    const lex = lexicons().all;
    const stream = tokenize('BACK Pain 42 zzzq', lex.words, lex.ampersandId);
    expect(stream.ids[0]).toBe(lex.words.idOf('back'));
    expect(stream.ids[1]).toBe(lex.words.idOf('pain'));
    expect(stream.ids[2]).toBe(NUMBER_WORD);
    expect(stream.ids[3]).toBe(UNKNOWN_WORD);
  });

  it('keeps combining marks inside the word they sit on, spelled as without them', () => {
    const text = 'my lower back hurts\u0327 a\u0301 lot';
    expect(words(text)).toEqual(['my', 'lower', 'back', 'hurts\u0327', 'a\u0301', 'lot']);
    const lex = lexicons().all;
    expect(tokenize(text, lex.words, lex.ampersandId).ids[3]).toBe(lex.words.idOf('hurts'));
  });
});

describe('a mention whose last letter carries a combining mark', () => {
  it('is still found, its span including the mark', () => {
    const text = 'my lower back hurts\u0327';
    expect(analyze(text).mentions).toEqual([
      { start: 3, end: text.length, text: 'lower back hurts\u0327', region: 'lower', status: 'active' },
    ]);
  });
});
