import type { CauseId, MentionStatus, RedFlagId, Region } from './vocabulary';

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

export interface RankedCause {
  id: CauseId;
  /** 0..1, higher is more strongly hinted at by this text. */
  score: number;
  evidence: Span[];
}

export interface RedFlagHit extends Span {
  id: RedFlagId;
}

/** The result for one text, exactly the shape of the `scan --jsonl` output (CONTRACT §2). */
export interface Analysis {
  mentions: Mention[];
  causes: RankedCause[];
  redFlags: RedFlagHit[];
}
