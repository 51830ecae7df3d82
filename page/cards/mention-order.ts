export type Step = 'next' | 'previous';

/**
 * The item after (or before) the one with id `fromId` in `ordered`, wrapping round; the first
 * (or last) when there is no such item.
 */
export function stepFrom<T extends { id: string }>(ordered: readonly T[], fromId: string | null, step: Step): T | null {
  if (ordered.length === 0) return null;
  const at = ordered.findIndex((item) => item.id === fromId);
  if (at < 0) return (step === 'next' ? ordered[0] : ordered[ordered.length - 1]) ?? null;
  const delta = step === 'next' ? 1 : -1;
  return ordered[(at + delta + ordered.length) % ordered.length] ?? null;
}
