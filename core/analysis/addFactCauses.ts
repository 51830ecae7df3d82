// Adds an activity page's facts (treadmill run, 1 °C, 640 m of climbing…) to the causes ranked
// from the text. Called only when the text has an active mention: facts never make one.
import { factEvidence } from '../facts/fact-evidence';
import type { PageFacts } from '../facts/types';
import type { RankedCause } from '../types';

const round = (score: number): number => Math.round(score * 1000) / 1000;

/**
 * `ranked` with each fact cue folded in as independent evidence: a cause the text already has
 * gains score and a `facts` entry, a new one is listed with no text evidence. Ties keep text
 * evidence first. Without fact cues, `ranked` itself is returned unchanged.
 */
export function addFactCauses(ranked: RankedCause[], facts: PageFacts): RankedCause[] {
  const cues = factEvidence(facts);
  if (cues.length === 0) return ranked;
  const byId = new Map(ranked.map((cause) => [cause.id, { ...cause }]));
  for (const { cause, weight, fact, label, value } of cues) {
    const entry = byId.get(cause) ?? { id: cause, score: 0, evidence: [] };
    entry.score = round(1 - (1 - entry.score) * (1 - weight));
    entry.facts = [...(entry.facts ?? []), { fact, label, value }];
    byId.set(cause, entry);
  }
  const order = (cause: RankedCause) => cause.evidence[0]?.start ?? Number.POSITIVE_INFINITY;
  return [...byId.values()].sort((a, b) => b.score - a.score || order(a) - order(b));
}
