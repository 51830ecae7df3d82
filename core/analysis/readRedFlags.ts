// From the red-flag cues to the post's red flags: the writer's own and present now, a heart's
// warning only with pain high in the back, one hit per flag, each at its tier in this post.
import type { Lexicon } from '../detector/lexicon';
import type { FoundMention } from '../detector/findMentions';
import type { TokenStream } from '../detector/tokenize';
import type { RedFlagHit } from '../types';
import type { RedFlagCue } from './collectCues';
import { keepHeartSignsWithUpperPain } from './heartSignsRegion';
import { pickRedFlags } from './pickRedFlags';
import { tiersInPost } from './postTiers';
import { keepWritersOwnNow } from './writersOwnNow';

export function readRedFlags(
  stream: TokenStream,
  lexicon: Lexicon,
  cues: readonly RedFlagCue[],
  activeMentions: readonly FoundMention[],
): RedFlagHit[] {
  if (cues.length === 0) return [];
  const placed = keepHeartSignsWithUpperPain(keepWritersOwnNow(stream, lexicon, cues, activeMentions), activeMentions);
  return tiersInPost(pickRedFlags(placed), placed, stream, lexicon);
}
