import { describe, expect, it } from 'vitest';
import { besidePlacement, CARD_GAP, sheetPlacement, type Box } from '../../../page/cards/card-placement';

const WIN = { width: 1000, height: 760 };
const CARD = { width: 340, height: 420 };
const mentionAt = (left: number, top: number, width = 120, height = 20): Box => ({ left, top, right: left + width, bottom: top + height });
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('besidePlacement', () => {
  it('puts the card below a mention near the top, above one near the bottom', () => {
    expect(besidePlacement(mentionAt(300, 40), CARD, WIN)).toBe('bottom-start');
    expect(besidePlacement(mentionAt(300, 700), CARD, WIN)).toBe('top-start');
  });

  it('puts a card too tall for either side of a mid-screen mention beside it, on the side with room', () => {
    expect(besidePlacement(mentionAt(100, 370), CARD, WIN)).toBe('right-start');
    expect(besidePlacement(mentionAt(800, 370), CARD, WIN)).toBe('left-start');
  });

  it('falls back to the roomier of below and above when the card fits nowhere whole', () => {
    expect(besidePlacement(mentionAt(200, 420, 700), CARD, WIN)).toBe('top-start');
    expect(besidePlacement(mentionAt(200, 330, 700), CARD, WIN)).toBe('bottom-start');
  });
});

describe('sheetPlacement', () => {
  const height = 760;
  it('docks a narrow window’s sheet to the edge farther from the mention, stopping short of it', () => {
    for (const top of [0, 120, 369, 371, 600, 740]) {
      const mention = mentionAt(20, top);
      const { edge, maxHeight } = sheetPlacement(mention, height);
      const sheet: Box = edge === 'bottom' ? { left: 0, right: 400, top: height - maxHeight, bottom: height } : { left: 0, right: 400, top: 0, bottom: maxHeight };
      expect(overlaps(sheet, mention), `mention at ${top}`).toBe(false);
      expect(maxHeight).toBeGreaterThanOrEqual(height / 2 - 20 - CARD_GAP);
      expect(edge).toBe(top + 10 < height / 2 ? 'bottom' : 'top');
    }
  });
});
