export type Step = 'next' | 'previous';

const START_TO_START = 0;
const DOCUMENT_POSITION_FOLLOWING = 4;

/** Ranges in document order; ranges inside open shadow roots sort where their host stands. */
export function inDocumentOrder<T extends { range: Range }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => compareRanges(a.range, b.range));
}

function compareRanges(a: Range, b: Range): number {
  // compareBoundaryPoints throws for ranges in different trees (a shadow root and the page).
  if (a.startContainer.getRootNode() === b.startContainer.getRootNode()) {
    return a.compareBoundaryPoints(START_TO_START, b);
  }
  const hostA = inDocumentTree(a.startContainer);
  const hostB = inDocumentTree(b.startContainer);
  if (hostA === hostB) return 0;
  return hostA.compareDocumentPosition(hostB) & DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

/** The node itself, or the outermost shadow host holding it. */
function inDocumentTree(node: Node): Node {
  let current = node;
  for (let root = current.getRootNode(); 'host' in root; root = current.getRootNode()) {
    current = (root as ShadowRoot).host;
  }
  return current;
}

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
