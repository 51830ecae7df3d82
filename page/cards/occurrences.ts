/**
 * Which occurrence of its text each mention is (0 for the first with that text), in the order
 * given: how a dismissed mention is recognised again after a reload.
 */
export function occurrences<T extends { id: string; mention: { text: string } }>(ordered: readonly T[]): Map<string, number> {
  const seen = new Map<string, number>();
  const result = new Map<string, number>();
  for (const item of ordered) {
    const n = seen.get(item.mention.text) ?? 0;
    result.set(item.id, n);
    seen.set(item.mention.text, n + 1);
  }
  return result;
}
