import type { FactName } from './facts/types';
import type { CauseId, MentionStatus, RedFlagId, RedFlagTier, Region } from './vocabulary';

/** A slice of the analysed text: UTF-16 offsets, and `text === input.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Mention extends Span {
  region: Region;
  status: MentionStatus;
}

/** A fact of the activity page (not of the text) offered as evidence: "Temperature", "1 °C". */
export interface FactEvidence {
  fact: FactName;
  label: string;
  value: string;
}

export interface RankedCause {
  id: CauseId;
  /** 0..1, higher is more strongly hinted at by this text. */
  score: number;
  /** Spans of the text; empty for a cause backed by page facts alone. */
  evidence: Span[];
  /** Page facts backing the cause, when `analyze` was given an activity page's facts. */
  facts?: FactEvidence[];
}

export interface RedFlagHit extends Span {
  id: RedFlagId;
  /** How soon to act: the flag's default tier (core/redFlagTiers.ts) unless the post moves it. */
  tier: RedFlagTier;
}

/** The result for one text, exactly the shape of the `scan --jsonl` output (CONTRACT §2). */
export interface Analysis {
  mentions: Mention[];
  causes: RankedCause[];
  redFlags: RedFlagHit[];
}
