// What a run's notes say: back pain (with the detector, exactly as on a page), red flags, and
// the causes they hint at whether or not the back hurt ("long run with the vest"), so that runs
// with and without pain can be compared on the same cues.
import { collectCues } from '../analysis/collectCues';
import { pickRedFlags } from '../analysis/pickRedFlags';
import { lexicons } from '../analyze';
import { findMentionsIn } from '../detect';
import { matchPhrases } from '../detector/matchPhrases';
import { mayMentionBack } from '../detector/mayMentionBack';
import { NegationScopes } from '../detector/negationScope';
import { tokenize } from '../detector/tokenize';
import type { CauseId } from '../vocabulary';
import type { BackReading } from './types';

export interface NotesReading {
  back: BackReading;
  cues: CauseId[];
}

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];

export function readNotes(text: string): NotesReading {
  if (!text.trim()) return { back: { pain: false, regions: [], redFlags: [] }, cues: [] };
  const { mentions: mentionLexicon, all } = lexicons();
  const stream = tokenize(text, all.words, all.ampersandId);
  const active = mayMentionBack(text) ? findMentionsIn(stream, mentionLexicon).filter((m) => m.status === 'active') : [];
  const matches = matchPhrases(stream, all);
  const cues = collectCues(stream, matches, all, new NegationScopes(stream, matches, all));
  return {
    back: {
      pain: active.length > 0,
      regions: unique(active.map((m) => m.region)),
      // As on a page: red flags count only in notes that describe back pain.
      redFlags: active.length > 0 ? pickRedFlags(cues.redFlags).map((flag) => flag.id) : [],
    },
    cues: unique(cues.causes.map((cue) => cue.cause)),
  };
}
