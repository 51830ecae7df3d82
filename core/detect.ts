// Mentions alone, with the detector's own lexicon: small enough to load on every page, where
// marking needs no causes or red flags. `analyze` finds its mentions with this same pass.
import { detectorEntries } from './detector/detectorLexicon';
import { MentionFinder, type FoundMention } from './detector/findMentions';
import { LazyLexicons, type Lexicon } from './detector/lexicon';
import { matchPhrases } from './detector/matchPhrases';
import { mayMentionBack } from './detector/mayMentionBack';
import { NegationScopes } from './detector/negationScope';
import { tokenize, type TokenStream } from './detector/tokenize';
import type { Mention } from './types';

/** Mentions in a tokenized text; `lexicon` must hold the detector's phrases and no others. */
export function findMentionsIn(stream: TokenStream, lexicon: Lexicon): FoundMention[] {
  const matches = matchPhrases(stream, lexicon);
  const scopes = new NegationScopes(stream, matches, lexicon);
  return new MentionFinder(stream, matches, lexicon, scopes).find();
}

export const toMention = ({ start, end, text, region, status }: FoundMention): Mention => ({ start, end, text, region, status });

const compiled = new LazyLexicons(() => [detectorEntries(), []]);

/**
 * What `detectMentions` would do on first use, compiling the detector's lexicon, cut into steps
 * for a page to run between its own tasks (see `compileSteps`); skipping them leaves the work to it.
 */
export function* detectionSteps(): Generator<void, void, void> {
  while (!compiled.done) {
    compiled.step();
    yield;
  }
}

/** The mentions `analyze(text).mentions` would give, without loading the analysis. */
export function detectMentions(text: string): Mention[] {
  if (typeof text !== 'string' || !mayMentionBack(text)) return [];
  const lexicon = compiled.get().all;
  return findMentionsIn(tokenize(text, lexicon.words, lexicon.ampersandId), lexicon).map(toMention);
}

/** The mentions of `text.slice(start, end)`, at their offsets in `text`. */
export function detectMentionsIn(text: string, start: number, end: number): Mention[] {
  return detectMentions(text.slice(start, end)).map((m) => ({ ...m, start: m.start + start, end: m.end + start }));
}
