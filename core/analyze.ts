// The single entry point: text in, mentions + ranked causes + red flags out
// (CONTRACT §2). Pure: no DOM, no browser APIs.
import { analysisEntries } from './analysis/analysisLexicon';
import { addFactCauses } from './analysis/addFactCauses';
import { collectCues } from './analysis/collectCues';
import { readRedFlags } from './analysis/readRedFlags';
import { rankCauses } from './analysis/rankCauses';
import { reportedRanges } from './analysis/reportedSentences';
import { findMentionsIn, toMention } from './detect';
import { detectorEntries } from './detector/detectorLexicon';
import { LazyLexicons, type Lexicons } from './detector/lexicon';
import { matchPhrases } from './detector/matchPhrases';
import { mayMentionBack } from './detector/mayMentionBack';
import { NegationScopes } from './detector/negationScope';
import { tokenize } from './detector/tokenize';
import { UNKNOWN_WORD } from './detector/wordIndex';
import type { PageFacts } from './facts/types';
import type { Analysis } from './types';

/** The most cause cues a text may have for their voice to be read (see reportedSentences). */
const REPORTED_CUES_MAX = 40;

const compiled = new LazyLexicons(() => [detectorEntries(), analysisEntries()]);

/**
 * The lexicons, compiled on first use (or finished, if `analysisSteps` began them): the detector's
 * phrases alone, which find the mentions as `detectMentions` does, and every phrase, which reads
 * causes and red flags.
 */
export function lexicons(): Lexicons {
  return compiled.get();
}

/**
 * What `analyze` would do on first use before reading these texts, cut into steps for a page to
 * run between its own tasks, so that none is long: compiling the lexicons (a few dozen patterns a
 * step), then growing the phrases that the texts' words start (one pattern a step, see
 * PhraseTrie). Each step is a function to call before asking for the next; skipping them only
 * leaves the work to `analyze`.
 */
export function* analysisSteps(texts: Iterable<string>): Generator<() => void, void, void> {
  while (!compiled.done) yield compiled.step;
  const { mentions, all } = compiled.get();
  for (const text of texts) {
    if (!mayMentionBack(text)) continue;
    // Copied: the tokenizer's buffers serve whatever text is tokenized next, before these steps run.
    let words = new Int32Array(0);
    yield () => {
      const stream = tokenize(text, all.words, all.ampersandId);
      words = stream.ids.slice(0, stream.count);
    };
    // Indexed, not for-of: a generator's for-of allocates an iterator result per item (and this
    // one an array per word), tens of megabytes over a long thread's words for the GC to collect.
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      if (word <= UNKNOWN_WORD) continue;
      while (mentions.phrases.growing(word)) yield () => mentions.phrases.growStep(word);
      while (all.phrases.growing(word)) yield () => all.phrases.growStep(word);
    }
  }
}

export interface AnalyzeOptions {
  /** The activity page's own facts (`SiteAdapter.facts`), for the text of that activity. */
  facts?: PageFacts;
}

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  if (typeof text !== 'string' || !mayMentionBack(text)) return { mentions: [], causes: [], redFlags: [] };
  const { mentions: mentionLexicon, all } = lexicons();
  const stream = tokenize(text, all.words, all.ampersandId);
  const found = findMentionsIn(stream, mentionLexicon);
  const mentions = found.map(toMention);
  const active = found.filter((mention) => mention.status === 'active');
  const places = active.map((mention) => ({ sentence: stream.sentences[mention.firstToken]!, paragraph: stream.paragraphs[mention.firstToken]! }));
  if (places.length === 0) return { mentions, causes: [], redFlags: [] };
  // The same tokens again, with the cues' phrases too (their matches reuse the mentions' buffers).
  const matches = matchPhrases(stream, all);
  const scopes = new NegationScopes(stream, matches, all);
  const cues = collectCues(stream, matches, all, scopes);
  // Whose suspicion a cue is matters in a post; a whole page passed as one text is not ranked by it.
  const reported = cues.causes.length <= REPORTED_CUES_MAX ? () => reportedRanges(stream, cues.causes) : undefined;
  const causes = rankCauses(cues.causes, places, reported);
  return {
    mentions,
    causes: options.facts ? addFactCauses(causes, options.facts) : causes,
    redFlags: readRedFlags(stream, all, cues.redFlags, active),
  };
}
