import { byDocumentOrder, inDocumentOrder } from '../sites/dom';

/**
 * `order` (posts in document order) with `placed` (posts found new, or again after a move) each
 * put once at its place: a binary search per placed post, not a sort of the whole page, and
 * one comparison when they all follow the others (a thread that grew at its end). Comparing the
 * document positions of two of 5,000 sibling comments walks the siblings between them.
 */
export function withPlaced(order: readonly Element[], placed: Iterable<Element>): Element[] {
  const moving = new Set(placed);
  const staying = order.filter((post) => !moving.has(post));
  const sorted = inDocumentOrder([...moving]);
  const last = staying[staying.length - 1];
  if (!last || !sorted[0] || byDocumentOrder(last, sorted[0]) < 0) return [...staying, ...sorted];
  const result: Element[] = [];
  let i = 0;
  for (const post of sorted) {
    let lo = i;
    let hi = staying.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byDocumentOrder(staying[mid]!, post) < 0) lo = mid + 1;
      else hi = mid;
    }
    while (i < lo) result.push(staying[i++]!);
    result.push(post);
  }
  while (i < staying.length) result.push(staying[i++]!);
  return result;
}
