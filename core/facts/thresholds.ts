import type { CauseId } from '../vocabulary';

/**
 * Every threshold that turns an activity page's facts into cause evidence, and why it sits
 * where it does. They are deliberately conservative: a fact only backs a cause when the run was
 * clearly unusual in that respect, because the causes themselves are mostly weakly supported
 * (see the knowledge base's grades) and a fact never speaks for the runner.
 */
export const FACT_THRESHOLDS = {
  /**
   * °C at the start, strictly below. Around 5 °C is where running guides start advising extra
   * layers and a longer warm-up; the link between cold and back pain is weak, so only clearly
   * cold runs count.
   */
  coldBelowC: 5,
  /** Relative humidity, %, strictly above. 80 % is where weather services start calling air humid. */
  humidAbovePct: 80,
  /**
   * °C, at or above. Humid air only makes a run muggy (heavy sweating, fluid loss: the humidity
   * cause) when it is warm; 90 % at 2 °C is just a damp winter day. Unknown temperature passes.
   */
  humidFromC: 15,
  /**
   * Metres of climbing per km, strictly above: an average grade over 2.5 %. Flat road runs gain
   * under ~10 m/km and hilly road marathons ~10–15, so 25 only catches runs dominated by hills.
   */
  hillsAboveMPerKm: 25,
  /** km, at least: below it, a single bridge or GPS noise makes the climbing rate meaningless. */
  hillsFromKm: 1,
  /**
   * km on a shoe, strictly above. Common advice is to replace road shoes after 500–800 km
   * (300–500 miles); 700 km is late in that range.
   */
  wornShoeAboveKm: 700,
} as const;

// Not a rule: distance alone → `training-load`. That cause is about a *change* in load (a jump
// in mileage, a new block), which one activity cannot show; a 30 km run is normal for many.

/**
 * How strongly each fact backs its cause, 0..1: its share in the cause's score, combined with
 * the text's cues like independent evidence (1 − (1 − text)(1 − fact)). A cue word in the
 * mention's own sentence adds 0.6 (core/analysis/rankCauses.ts); facts stay well below, about
 * what a cue a few sentences away adds, because they describe the run, not the pain. The
 * activity type *is* the condition the cause names, so it weighs most; measured conditions
 * only make the cause plausible.
 */
export const FACT_WEIGHTS = {
  treadmill: 0.4,
  'uneven-terrain': 0.35,
  hills: 0.35,
  'cold-weather': 0.25,
  footwear: 0.25,
  humidity: 0.2,
} as const satisfies Partial<Record<CauseId, number>>;
