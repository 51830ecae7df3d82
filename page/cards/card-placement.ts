/** Pure placement rules for the hover card: where it goes so it fits the window and leaves its mention in sight. */

/** The gap between the card and its mention, and between the card and the window's edges, in px. */
export const CARD_GAP = 8;

/** Below this window width the card is a sheet docked to the window's top or bottom edge. */
export const SHEET_BELOW_PX = 480;

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export type BesidePlacement = 'bottom-start' | 'top-start' | 'right-start' | 'left-start';

/**
 * Below the mention if the card fits there whole, else above, else beside it (where it may slide
 * up or down), and if nowhere whole, on the roomier of below and above, made shorter to fit.
 * Each choice keeps the card off the mention's box.
 */
export function besidePlacement(mention: Box, card: { width: number; height: number }, win: { width: number; height: number }): BesidePlacement {
  const room = {
    bottom: win.height - mention.bottom - 2 * CARD_GAP,
    top: mention.top - 2 * CARD_GAP,
    right: win.width - mention.right - 2 * CARD_GAP,
    left: mention.left - 2 * CARD_GAP,
  };
  if (card.height <= room.bottom) return 'bottom-start';
  if (card.height <= room.top) return 'top-start';
  const fitsTall = card.height <= win.height - 2 * CARD_GAP;
  if (fitsTall && card.width <= room.right) return 'right-start';
  if (fitsTall && card.width <= room.left) return 'left-start';
  return room.bottom >= room.top ? 'bottom-start' : 'top-start';
}

export interface SheetPlacement {
  edge: 'top' | 'bottom';
  /** The sheet's tallest, so it stops short of the mention. */
  maxHeight: number;
}

/** A narrow window's sheet: docked to the edge farther from the mention, never reaching it. */
export function sheetPlacement(mention: Box, winHeight: number): SheetPlacement {
  const below = winHeight - mention.bottom - CARD_GAP;
  const above = mention.top - CARD_GAP;
  return below >= above ? { edge: 'bottom', maxHeight: Math.max(0, Math.floor(below)) } : { edge: 'top', maxHeight: Math.max(0, Math.floor(above)) };
}
