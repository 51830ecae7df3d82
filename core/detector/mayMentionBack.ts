// Cheap pre-check: every body-location phrase of the lexicon contains one of
// these stems, so a text without any of them has no mention and needs no
// tokenizing. A plain alternation of literals: linear, no backtracking.
// (A unit test checks the stems cover every location phrase.)
const STEMS = /ba[ck]|bcak|spin|thora|should|sholder|scap|rhomb|lats|\blat\b|latiss|trap|lumb|joint|sij|sacr|ql|quadratus|tail.?bone|coccyx|erector|vertebra|dis[ck]|lb|low.down|waist|belt|kidney|blade|dimple|love.handle|\bbra\b|\bsi\b|\b[lt] ?\d/i;

export function mayMentionBack(text: string): boolean {
  // "back" itself, in most texts that have a stem, is found by a plain substring search many
  // times faster than the case-insensitive alternation.
  return text.includes('back') || STEMS.test(text);
}
