import fc from 'fast-check';
import { lexicons } from '../../../core/analyze';
import { tokenize, type TokenStream } from '../../../core/detector/tokenize';

/**
 * Runs `check` on every token of 3,000 random texts made of `characters` (up to 24 of them),
 * tokenized with the whole lexicon's word table.
 */
export function forEveryToken(characters: readonly string[], check: (text: string, stream: TokenStream, token: number) => void): void {
  const lex = lexicons().all;
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...characters), { maxLength: 24 }), (chosen) => {
      const text = chosen.join('');
      const stream = tokenize(text, lex.words, lex.ampersandId);
      for (let t = 0; t < stream.count; t++) check(text, stream, t);
    }),
    { numRuns: 3000 },
  );
}
