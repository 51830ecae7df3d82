// The detector's quality floors (see `npm run eval` for the details). The corpus floors sit a
// little under what the tuned detector reaches; the held-out floors, under what it reaches on
// posts it was never fitted to, guard against tuning that only memorises the corpus. The posts the
// annotators wrote from real forum pages (`real-*.jsonl`) have floors of their own: real language
// is harder, and their figures are not comparable with the project's own posts.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../core/analyze';
import { HELD_OUT_DIR, loadCorpus, type CorpusPost } from '../../corpus/corpus';
import { evaluate, type Report } from '../../corpus/evaluate';

interface Floors {
  mentionF1: number;
  statusAccuracy: number;
  regionAccuracy: number;
  /** at most */
  trapFalsePositiveRate: number;
  redFlagRecall: number;
  redFlagPrecision: number;
  causeF1: number;
  causePrecision: number;
}

const CORPUS_FLOORS: Floors = {
  mentionF1: 0.98,
  statusAccuracy: 0.98,
  regionAccuracy: 0.97,
  trapFalsePositiveRate: 0.01,
  redFlagRecall: 0.97,
  redFlagPrecision: 0.95,
  causeF1: 0.93,
  causePrecision: 0.89,
};

const HELD_OUT_FLOORS: Floors = {
  mentionF1: 0.93,
  statusAccuracy: 0.93,
  regionAccuracy: 0.95,
  trapFalsePositiveRate: 0.01,
  redFlagRecall: 0.65,
  redFlagPrecision: 0.7,
  causeF1: 0.76,
  causePrecision: 0.72,
};

const REAL_FLOORS: Floors = {
  mentionF1: 0.97,
  statusAccuracy: 0.96,
  regionAccuracy: 0.96,
  trapFalsePositiveRate: 0.01,
  redFlagRecall: 0.9,
  redFlagPrecision: 0.95,
  causeF1: 0.86,
  causePrecision: 0.84,
};

const REAL_HELD_OUT_FLOORS: Floors = {
  mentionF1: 0.9,
  statusAccuracy: 0.95,
  regionAccuracy: 0.95,
  trapFalsePositiveRate: 0.01,
  redFlagRecall: 0.45,
  redFlagPrecision: 0.75,
  causeF1: 0.66,
  causePrecision: 0.68,
};

const isReal = (post: CorpusPost): boolean => post.where.startsWith('real-');
const own = (posts: CorpusPost[]) => posts.filter((post) => !isReal(post));
const real = (posts: CorpusPost[]) => posts.filter(isReal);

function met(report: Report, floors: Floors): Record<keyof Floors, boolean> {
  return {
    mentionF1: report.mentions.f1 >= floors.mentionF1,
    statusAccuracy: report.statusAccuracy >= floors.statusAccuracy,
    regionAccuracy: report.regionAccuracy >= floors.regionAccuracy,
    trapFalsePositiveRate: report.trapFalsePositiveRate <= floors.trapFalsePositiveRate,
    redFlagRecall: report.redFlags.recall >= floors.redFlagRecall,
    redFlagPrecision: report.redFlags.precision >= floors.redFlagPrecision,
    causeF1: report.causes.f1 >= floors.causeF1,
    causePrecision: report.causes.precision >= floors.causePrecision,
  };
}

const allMet = (floors: Floors) => Object.fromEntries(Object.keys(floors).map((key) => [key, true]));

describe('detector quality', () => {
  it('meets every floor on the corpus', () => {
    expect(met(evaluate(own(loadCorpus()), analyze), CORPUS_FLOORS)).toEqual(allMet(CORPUS_FLOORS));
  });

  it('meets every floor on the held-out posts', () => {
    expect(met(evaluate(own(loadCorpus(HELD_OUT_DIR)), analyze), HELD_OUT_FLOORS)).toEqual(allMet(HELD_OUT_FLOORS));
  });

  it('meets every floor on the real-language tuning posts', () => {
    const posts = real(loadCorpus());
    expect(posts.length).toBeGreaterThan(0);
    expect(met(evaluate(posts, analyze), REAL_FLOORS)).toEqual(allMet(REAL_FLOORS));
  });

  it('meets every floor on the real-language held-out posts', () => {
    const posts = real(loadCorpus(HELD_OUT_DIR));
    expect(posts.length).toBeGreaterThan(0);
    expect(met(evaluate(posts, analyze), REAL_HELD_OUT_FLOORS)).toEqual(allMet(REAL_HELD_OUT_FLOORS));
  });
});
