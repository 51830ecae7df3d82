// The detector's quality floor on the labelled corpus (see `npm run eval` for the details).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../core/analyze';
import { loadCorpus } from '../../corpus/corpus';
import { evaluate } from '../../corpus/evaluate';

const QUALITY_FLOORS = {
  mentionF1: 0.9,
  statusAccuracy: 0.9,
  regionAccuracy: 0.85,
  /** at most */
  trapFalsePositiveRate: 0.05,
  redFlagRecall: 0.85,
  causeF1: 0.75,
} as const;

describe('detector quality on the corpus', () => {
  const report = evaluate(loadCorpus(), analyze);

  it('meets every floor', () => {
    expect({
      mentionF1: report.mentions.f1 >= QUALITY_FLOORS.mentionF1,
      statusAccuracy: report.statusAccuracy >= QUALITY_FLOORS.statusAccuracy,
      regionAccuracy: report.regionAccuracy >= QUALITY_FLOORS.regionAccuracy,
      trapFalsePositiveRate: report.trapFalsePositiveRate <= QUALITY_FLOORS.trapFalsePositiveRate,
      redFlagRecall: report.redFlags.recall >= QUALITY_FLOORS.redFlagRecall,
      causeF1: report.causes.f1 >= QUALITY_FLOORS.causeF1,
    }).toEqual({
      mentionF1: true,
      statusAccuracy: true,
      regionAccuracy: true,
      trapFalsePositiveRate: true,
      redFlagRecall: true,
      causeF1: true,
    });
  });
});
