// The single entry point: text in, mentions + ranked causes + red flags out
// (CONTRACT §2). Pure: no DOM, no browser APIs.
import { analysisEntries } from './analysis/analysisLexicon';
import { addFactCauses } from './analysis/addFactCauses';
import { collectCues } from './analysis/collectCues';
import { pickRedFlags } from './analysis/pickRedFlags';
import { rankCauses } from './analysis/rankCauses';
import { detectorEntries } from './detector/detectorLexicon';
import { MentionFinder } from './detector/findMentions';
import { compileLexicon, type Lexicon } from './detector/lexicon';
import { matchPhrases } from './detector/matchPhrases';
import { mayMentionBack } from './detector/mayMentionBack';
import { NegationScopes } from './detector/negationScope';
import { tokenize } from './detector/tokenize';
import type { PageFacts } from './facts/types';
import type { Analysis, Mention } from './types';

let compiled: Lexicon | undefined;

/** The lexicon, compiled on first use (a few milliseconds). */
export function lexicon(): Lexicon {
  return (compiled ??= compileLexicon([...detectorEntries(), ...analysisEntries()]));
}

export interface AnalyzeOptions {
  /** The activity page's own facts (`SiteAdapter.facts`), for the text of that activity. */
  facts?: PageFacts;
}

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  if (typeof text !== 'string' || !mayMentionBack(text)) return { mentions: [], causes: [], redFlags: [] };
  const lex = lexicon();
  const stream = tokenize(text, lex.words, lex.ampersandId);
  const matches = matchPhrases(stream, lex);
  const scopes = new NegationScopes(stream, matches, lex);
  const found = new MentionFinder(stream, matches, lex, scopes).find();
  const mentions: Mention[] = found.map(({ start, end, text: spanText, region, status }) => ({ start, end, text: spanText, region, status }));
  const places = found
    .filter((mention) => mention.status === 'active')
    .map((mention) => ({ sentence: stream.sentences[mention.firstToken]!, paragraph: stream.paragraphs[mention.firstToken]! }));
  if (places.length === 0) return { mentions, causes: [], redFlags: [] };
  const cues = collectCues(stream, matches, lex, scopes);
  const causes = rankCauses(cues.causes, places);
  return {
    mentions,
    causes: options.facts ? addFactCauses(causes, options.facts) : causes,
    redFlags: pickRedFlags(cues.redFlags),
  };
}
