import { autoUpdate, computePosition, flip, hide, offset, shift, type VirtualElement } from '@floating-ui/dom';

/** The mention as floating-ui's reference: the whole range, so the card never covers any of it. */
function rangeReference(range: Range): VirtualElement {
  return {
    getBoundingClientRect: () => range.getBoundingClientRect(),
    getClientRects: () => range.getClientRects(),
    contextElement: range.startContainer.parentElement ?? undefined,
  };
}

/**
 * Keeps `card` next to the mention, below it unless there's more room above, inside the
 * viewport, following scrolls and resizes. Returns the cleanup.
 */
export function followMention(range: Range, card: HTMLElement): () => void {
  const reference = rangeReference(range);
  const place = () =>
    computePosition(reference, card, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [offset(8), flip({ padding: 8 }), shift({ padding: 8 }), hide()],
    }).then(({ x, y, middlewareData }) => {
      card.style.left = `${Math.round(x)}px`;
      card.style.top = `${Math.round(y)}px`;
      card.style.visibility = middlewareData.hide?.referenceHidden ? 'hidden' : 'visible';
    });
  return autoUpdate(reference, card, () => void place());
}
