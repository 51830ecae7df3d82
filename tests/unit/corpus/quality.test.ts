// The detector's quality floors (see `npm run eval` for the details). The corpus floors sit a
// little under what the tuned detector reaches; the held-out floors, under what it reaches on
// posts it was never fitted to, guard against tuning that only memorises the corpus.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../core/analyze';
import { HELD_OUT_DIR, loadCorpus } from '../../corpus/corpus';
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
  mentionF1: 0.97,
  statusAccuracy: 0.97,
  regionAccuracy: 0.97,
  trapFalsePositiveRate: 0.01,
  redFlagRecall: 0.93,
  redFlagPrecision: 0.95,
  causeF1: 0.92,
  causePrecision: 0.9,
};

const HELD_OUT_FLOORS: Floors = {
  mentionF1: 0.88,
  statusAccuracy: 0.9,
  regionAccuracy: 0.95,
  trapFalsePositiveRate: 0.01,
  redFlagRecall: 0.6,
  redFlagPrecision: 0.5,
  causeF1: 0.68,
  causePrecision: 0.68,
};

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
    expect(met(evaluate(loadCorpus(), analyze), CORPUS_FLOORS)).toEqual(allMet(CORPUS_FLOORS));
  });

  it('meets every floor on the held-out posts', () => {
    expect(met(evaluate(loadCorpus(HELD_OUT_DIR), analyze), HELD_OUT_FLOORS)).toEqual(allMet(HELD_OUT_FLOORS));
  });
});
