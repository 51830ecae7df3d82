import { byDocumentOrder } from '../sites/dom';

/**
 * `order` (posts in document order) with `placed` (posts found new, or again after a move) each
 * put once at its place: a binary search per placed post, not a sort of the whole page.
 */
export function withPlaced(order: readonly Element[], placed: Iterable<Element>): Element[] {
  const moving = new Set(placed);
  const staying = order.filter((post) => !moving.has(post));
  const result: Element[] = [];
  let i = 0;
  for (const post of [...moving].sort(byDocumentOrder)) {
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
