import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../core/analyze';
import type { Analysis, Span } from '../../../core/types';

const PIECES = ['back', 'pain', 'mid back', 'sore', ' ', ', ', '. ', '\n\n', 'no ', 'hills', 'numbness', '😩', '\uD83D', '’', '-', 'between my shoulder blades', 'back to running', '-5C'];

function assertSpans(text: string, analysis: Analysis): void {
  const spans: Span[] = [...analysis.mentions, ...analysis.redFlags, ...analysis.causes.flatMap((cause) => cause.evidence)];
  for (const span of spans) {
    expect(span.start).toBeGreaterThanOrEqual(0);
    expect(span.end).toBeLessThanOrEqual(text.length);
    expect(span.start).toBeLessThan(span.end);
    expect(text.slice(span.start, span.end)).toBe(span.text);
  }
  for (const cause of analysis.causes) {
    expect(cause.score).toBeGreaterThan(0);
    expect(cause.score).toBeLessThanOrEqual(1);
  }
}

describe('properties', () => {
  it('spans are valid slices for any Unicode string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => assertSpans(text, analyze(text))),
      { numRuns: 500 },
    );
  });

  it('spans are valid slices for texts built from lexicon-heavy pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), (pieces) => {
        const text = pieces.join('');
        assertSpans(text, analyze(text));
      }),
      { numRuns: 500 },
    );
  });

  it('does not throw on huge repeats', () => {
    for (const piece of ['back ', 'no ', '\uDC00', '.', 'pain between my shoulder blades ']) {
      const text = piece.repeat(200_000 / piece.length);
      expect(() => assertSpans(text, analyze(text))).not.toThrow();
    }
  });
});
