import { describe, expect, it, vi } from 'vitest';
import { analyze } from '../../../core/analyze';
import { analysisEntries } from '../../../core/analysis/analysisLexicon';
import { detectorEntries } from '../../../core/detector/detectorLexicon';
import { compileLexicons, compileSteps, type Lexicon, type Lexicons } from '../../../core/detector/lexicon';
import { matchPhrases } from '../../../core/detector/matchPhrases';
import { tokenize } from '../../../core/detector/tokenize';
import { loadCorpus } from '../../corpus/corpus';

const texts = loadCorpus().map((post) => post.text);

/** The phrases a lexicon matches in each text, as plain data. */
function matchesOf(lexicon: Lexicon, words: Lexicon): unknown[] {
  return texts.map((text) => {
    const stream = tokenize(text, words.words, words.ampersandId);
    return matchPhrases(stream, lexicon).items.map(({ first, last, phrase, head }) => [first, last, phrase.key, phrase.bits, head?.key]);
  });
}

function drained(steps: Generator<void, Lexicons, void>): { lexicons: Lexicons; steps: number } {
  for (let count = 1; ; count++) {
    const step = steps.next();
    if (step.done) return { lexicons: step.value, steps: count };
  }
}

describe('compileSteps', () => {
  it('compiles in many steps the lexicons compileLexicons compiles at once', () => {
    const oneShot = compileLexicons(detectorEntries(), analysisEntries());
    const { lexicons: stepped, steps } = drained(compileSteps(detectorEntries(), analysisEntries()));
    expect(steps).toBeGreaterThan(10);
    expect(stepped.all.words.table).toEqual(oneShot.all.words.table);
    expect(stepped.all.flags).toEqual(oneShot.all.flags);
    expect(stepped.all.ampersandId).toBe(oneShot.all.ampersandId);
    expect(stepped.mentions.words).toBe(stepped.all.words);
    expect(matchesOf(stepped.all, stepped.all)).toEqual(matchesOf(oneShot.all, oneShot.all));
    expect(matchesOf(stepped.mentions, stepped.all)).toEqual(matchesOf(oneShot.mentions, oneShot.all));
  });

  it('grows phrases ahead, a pattern at a time, to the trie a first use grows', () => {
    const lazy = compileLexicons(detectorEntries(), analysisEntries());
    const ahead = compileLexicons(detectorEntries(), analysisEntries());
    // Every branch part grown (a pattern or two), some of them whole: the scan finishes the rest.
    const { all } = ahead;
    let grownWhole = 0;
    for (let word = 0; word < all.words.size; word++) {
      if (!all.phrases.growing(word)) continue;
      all.phrases.growStep(word);
      if (word % 3 === 0) while (all.phrases.growing(word)) all.phrases.growStep(word);
      if (!all.phrases.growing(word)) grownWhole++;
    }
    expect(grownWhole).toBeGreaterThan(100);
    expect(matchesOf(ahead.all, ahead.all)).toEqual(matchesOf(lazy.all, lazy.all));
  });
});

describe('analysisSteps', () => {
  /** A fresh copy of core/analyze, its lexicons not yet compiled. */
  async function freshAnalysis() {
    vi.resetModules();
    return import('../../../core/analyze');
  }

  it('leaves analyze with the same answers, run to the end', async () => {
    const fresh = await freshAnalysis();
    let steps = 0;
    for (const step of fresh.analysisSteps(texts)) {
      step();
      steps++;
    }
    expect(steps).toBeGreaterThan(100);
    expect(texts.map((text) => fresh.analyze(text))).toEqual(texts.map((text) => analyze(text)));
  });

  it('leaves the rest to analyze when its steps stop halfway, and can still be run after', async () => {
    const fresh = await freshAnalysis();
    const steps = fresh.analysisSteps(texts);
    for (let k = 0; k < 10; k++) steps.next().value!();
    expect(fresh.analyze(texts[0]!)).toEqual(analyze(texts[0]!));
    for (const step of steps) step();
    expect(texts.map((text) => fresh.analyze(text))).toEqual(texts.map((text) => analyze(text)));
  });
});

describe('detectionSteps', () => {
  it('compiles the detector lexicon in steps, after which detectMentions answers as a fresh one does', async () => {
    vi.resetModules();
    const stepped = await import('../../../core/detect');
    const steps = [...stepped.detectionSteps()].length;
    expect(steps).toBeGreaterThan(3);
    expect([...stepped.detectionSteps()]).toHaveLength(0);
    vi.resetModules();
    const oneShot = await import('../../../core/detect');
    expect(texts.map((text) => stepped.detectMentions(text))).toEqual(texts.map((text) => oneShot.detectMentions(text)));
  });
});
