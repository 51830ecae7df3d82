import fc from 'fast-check';
import { parse, stringify } from '@vanillaes/csv';
import { describe, expect, it } from 'vitest';
import { csvPieces } from '../../../core/history/csv-pieces';

describe('csvPieces', () => {
  it('cuts only at row ends: the pieces parse to the rows of the whole', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'b', ',', '"', '\n', ' ', 'é'), maxLength: 12 });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 50 }), (rows, size) => {
        const text = stringify(rows);
        const pieces = [...csvPieces(text, size)];
        expect(pieces.join('')).toBe(text);
        expect(pieces.flatMap((piece) => parse(piece))).toEqual(parse(text));
      }),
    );
  });
});
