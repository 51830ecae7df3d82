// What a lexicon phrase means. One phrase may carry several roles
// ("cramping" is a pain word and an electrolytes cue).
import type { CauseId, RedFlagId, Region } from '../vocabulary';
import type { TokenStream } from './tokenize';

/** Extra test a numeric cue must pass ("-5C" is cold, "25C" is not). */
export type CueCheck = (stream: TokenStream, firstToken: number, lastToken: number) => boolean;

export type Role =
  | { kind: 'location'; region: Region; ambiguous: boolean }
  | { kind: 'whole'; region: Region }
  | { kind: 'pain'; weak: boolean }
  | { kind: 'resolution' }
  | { kind: 'otherBody' }
  | { kind: 'trap' }
  | { kind: 'negPre' }
  | { kind: 'negPost' }
  | { kind: 'pseudo' }
  | { kind: 'hypothetical' }
  | { kind: 'triedFailed' }
  | { kind: 'remedyOpener' }
  | { kind: 'score' }
  | { kind: 'cue'; cause: CauseId; check?: CueCheck }
  | { kind: 'redFlag'; flag: RedFlagId; check?: CueCheck };

export interface LexiconEntry {
  pattern: string;
  role: Role;
}

export const LOCATION = 1;
export const WHOLE = 2;
export const PAIN = 4;
export const RESOLUTION = 8;
export const OTHER_BODY = 16;
export const TRAP = 32;
export const NEG_PRE = 64;
export const NEG_POST = 128;
export const PSEUDO = 256;
export const CUE = 512;
export const RED_FLAG = 1024;
export const HYPOTHETICAL = 2048;
export const TRIED_FAILED = 4096;
export const REMEDY_OPENER = 8192;
/** "2/10", "0 out of 10": a pain word or a resolution by its value (see painScore). */
export const SCORE = 16384;

export const MENTION_PART = LOCATION | WHOLE | PAIN | RESOLUTION;

const BITS: Record<Role['kind'], number> = {
  location: LOCATION,
  whole: WHOLE,
  pain: PAIN,
  resolution: RESOLUTION,
  otherBody: OTHER_BODY,
  trap: TRAP,
  negPre: NEG_PRE,
  negPost: NEG_POST,
  pseudo: PSEUDO,
  hypothetical: HYPOTHETICAL,
  triedFailed: TRIED_FAILED,
  remedyOpener: REMEDY_OPENER,
  score: SCORE,
  cue: CUE,
  redFlag: RED_FLAG,
};

/** Every role of one token sequence, folded together for fast checks. */
export class Phrase {
  bits = 0;
  region: Region = 'unspecified';
  ambiguous = false;
  weak = true;
  readonly cues: { cause: CauseId; check?: CueCheck }[] = [];
  readonly flags: { flag: RedFlagId; check?: CueCheck }[] = [];

  constructor(readonly key: string) {}

  add(role: Role): void {
    this.bits |= BITS[role.kind];
    switch (role.kind) {
      case 'location':
        this.region = role.region;
        this.ambiguous = role.ambiguous;
        break;
      case 'whole':
        this.region = role.region;
        break;
      case 'pain':
        this.weak &&= role.weak;
        break;
      case 'cue':
        if (!this.cues.some((cue) => cue.cause === role.cause)) this.cues.push({ cause: role.cause, check: role.check });
        break;
      case 'redFlag':
        if (!this.flags.some((hit) => hit.flag === role.flag)) this.flags.push({ flag: role.flag, check: role.check });
        break;
      default:
        break;
    }
  }
}

/** Scope kind, for "no numbness, tingling or weakness": a list continues a negation while its items are alike. */
export function scopeKind(phrase: Phrase): number {
  if (phrase.bits & (MENTION_PART | OTHER_BODY)) return 1;
  if (phrase.bits & CUE) return 2;
  if (phrase.bits & RED_FLAG) return 3;
  return 0;
}
