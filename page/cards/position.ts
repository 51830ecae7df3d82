import { autoUpdate, computePosition, hide, offset, shift, size, type VirtualElement } from '@floating-ui/dom';
import { besidePlacement, CARD_GAP, SHEET_BELOW_PX, sheetPlacement, type Box } from './card-placement';

/** The mention as floating-ui's reference: the whole range, so the card never covers any of it. */
function rangeReference(range: Range): VirtualElement {
  return {
    getBoundingClientRect: () => range.getBoundingClientRect(),
    getClientRects: () => range.getClientRects(),
    contextElement: range.startContainer.parentElement ?? undefined,
  };
}

const isOutside = (box: Box, win: Window) => box.bottom < 0 || box.top > win.innerHeight || box.right < 0 || box.left > win.innerWidth;

/**
 * Keeps `card` wholly inside the window and off its mention, following scrolls and resizes:
 * beside the mention (card-placement.ts), or in a window narrower than SHEET_BELOW_PX, as a
 * sheet along its top or bottom edge. Returns the cleanup.
 */
export function followMention(range: Range, card: HTMLElement): () => void {
  const reference = rangeReference(range);
  const win = card.ownerDocument.defaultView!;
  const place = () => {
    // Measured at its natural height: the last placement's limit must not decide the next one.
    card.style.maxHeight = '';
    card.style.bottom = '';
    if (win.innerWidth < SHEET_BELOW_PX) return placeSheet(reference, card, win);
    card.removeAttribute('data-layout');
    return void placeBeside(reference, card, win);
  };
  return autoUpdate(reference, card, place);
}

function placeBeside(reference: VirtualElement, card: HTMLElement, win: Window): Promise<void> {
  const { width, height } = card.getBoundingClientRect();
  const placement = besidePlacement(reference.getBoundingClientRect(), { width, height }, { width: win.innerWidth, height: win.innerHeight });
  return computePosition(reference, card, {
    strategy: 'fixed',
    placement,
    middleware: [
      offset(CARD_GAP),
      shift({ padding: CARD_GAP }),
      size({
        padding: CARD_GAP,
        apply: ({ availableHeight }) => void (card.style.maxHeight = `${Math.max(0, Math.floor(availableHeight))}px`),
      }),
      hide(),
    ],
  }).then(({ x, y, middlewareData }) => {
    card.style.left = `${Math.round(x)}px`;
    card.style.top = `${Math.round(y)}px`;
    card.style.visibility = middlewareData.hide?.referenceHidden ? 'hidden' : 'visible';
  });
}

function placeSheet(reference: VirtualElement, card: HTMLElement, win: Window): void {
  const mention = reference.getBoundingClientRect();
  const { edge, maxHeight } = sheetPlacement(mention, win.innerHeight);
  card.setAttribute('data-layout', `sheet-${edge}`);
  card.style.left = '0px';
  card.style.maxHeight = `${maxHeight}px`;
  card.style.top = edge === 'top' ? '0px' : 'auto';
  card.style.bottom = edge === 'bottom' ? '0px' : '';
  card.style.visibility = isOutside(mention, win) ? 'hidden' : 'visible';
}
