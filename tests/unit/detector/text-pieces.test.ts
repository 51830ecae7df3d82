import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forumPosts } from '../../../bench/forumText';
import { detectMentions, detectMentionsIn } from '../../../core/detect';
import { textPieces } from '../../../core/text-pieces';
import type { Mention } from '../../../core/types';
import { loadCorpus } from '../../corpus/corpus';

function piecewise(text: string, maxLength: number): Mention[] {
  return [...textPieces(text, maxLength)].flatMap(([start, end]) => detectMentionsIn(text, start, end));
}

describe('textPieces', () => {
  it('covers the text with contiguous pieces, cut only after a sentence end', () => {
    const text = 'My back hurts. Is it the hills? No idea!\n\nStill sore 3.5 km in. Ok';
    const pieces = [...textPieces(text, 10)];
    expect(pieces[0]![0]).toBe(0);
    expect(pieces.at(-1)![1]).toBe(text.length);
    for (let i = 1; i < pieces.length; i++) expect(pieces[i]![0]).toBe(pieces[i - 1]![1]);
    expect(pieces.map(([start, end]) => text.slice(start, end))).toEqual([
      'My back hurts.',
      ' Is it the hills? No idea!',
      '\n',
      '\nStill sore 3.5 km in.',
      ' Ok',
    ]);
  });

  it('does not cut before a sentence that opens with "it"', () => {
    expect([...textPieces('Fine except my upper back. It has been killing me.', 5)]).toEqual([[0, 50]]);
    expect([...textPieces('My back hurts. Itchy legs too.', 5)]).toEqual([[0, 14], [14, 30]]);
  });

  it('keeps a question with the sentence that answers it, and an endless sentence whole', () => {
    expect([...textPieces('Lower back pain?\n\nNo, never had it.', 5)]).toEqual([[0, 35]]);
    expect([...textPieces('back pain '.repeat(100), 50)]).toEqual([[0, 1000]]);
  });

  it('gives exactly the mentions of the whole text, piece by piece', () => {
    const texts = [...loadCorpus().map((post) => post.text), ...forumPosts(64 * 1024)];
    for (const text of texts) {
      for (const maxLength of [20, 80, 400]) expect(piecewise(text, maxLength), text).toEqual(detectMentions(text));
    }
  });

  it('gives exactly the mentions of the whole text for sentences built from tricky pieces', () => {
    const pieces = ['back pain', 'no', 'never had it', 'upper back', 'if', 'sore', '?', '.', '!', '\n', '\n\n', ',', 'my', 'but', '3.5'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), fc.integer({ min: 1, max: 60 }), (words, maxLength) => {
        const text = words.join(' ');
        expect(piecewise(text, maxLength)).toEqual(detectMentions(text));
      }),
      { numRuns: 2000 },
    );
  });
});
