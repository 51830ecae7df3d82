import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forumPosts } from '../../../bench/forumText';
import { analyze } from '../../../core/analyze';
import { detectMentions } from '../../../core/detect';
import { analysisEntries } from '../../../core/analysis/analysisLexicon';
import { detectorEntries } from '../../../core/detector/detectorLexicon';
import { loadCorpus } from '../../corpus/corpus';

// The content script marks what detectMentions finds; the card, the popup and `scan` show what
// analyze finds. Both must name the same mentions, though only analyze knows the cue phrases.
describe('detectMentions, the mentions-only pass', () => {
  it('finds exactly the mentions analyze finds, in every corpus post', () => {
    for (const { text } of loadCorpus()) expect(detectMentions(text), text).toEqual(analyze(text).mentions);
  });

  it('finds exactly the mentions analyze finds in generated forum posts', () => {
    for (const text of forumPosts(256 * 1024)) expect(detectMentions(text), text).toEqual(analyze(text).mentions);
  });

  it('finds exactly the mentions analyze finds where cue and red-flag phrases touch mentions', () => {
    const phrase = (entries: { pattern: string }[]) =>
      entries.map(({ pattern }) => pattern).filter((pattern) => /^[a-z' ]+$/.test(pattern));
    const pieces = [...phrase(detectorEntries()), ...phrase(analysisEntries()), 'no', 'not', 'just', 'my', 'and', 'or', ',', '.', '?'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (words) => {
        const text = words.join(' ');
        expect(detectMentions(text)).toEqual(analyze(text).mentions);
      }),
      { numRuns: 3000 },
    );
  });
});
