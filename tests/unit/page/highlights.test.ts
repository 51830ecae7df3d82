import { describe, expect, it } from 'vitest';
import { pageHighlights } from '../../../page/highlights';

/** The parts of a window the registry uses: `CSS.highlights` and `Highlight`, both set-like. */
function fakeWindow() {
  const highlights = new Map<string, Set<unknown>>();
  const win = { CSS: { highlights }, Highlight: class extends Set<unknown> {} };
  return { highlights, win: win as unknown as Window & typeof globalThis };
}

describe('pageHighlights', () => {
  it('registers every range under the name, and clears it', () => {
    const { highlights, win } = fakeWindow();
    const registry = pageHighlights(win)!;
    const ranges = [{}, {}, {}] as Range[];
    registry.set('backlight-active', ranges);
    expect([...highlights.get('backlight-active')!]).toEqual(ranges);
    registry.clear('backlight-active');
    expect(highlights.has('backlight-active')).toBe(false);
  });

  it('registers more ranges than a call can take as arguments', () => {
    const { highlights, win } = fakeWindow();
    const ranges = Array.from({ length: 500_000 }, () => ({}) as Range);
    pageHighlights(win)!.set('backlight-active', ranges);
    expect(highlights.get('backlight-active')!.size).toBe(500_000);
  });

  it('is null where the browser has no Custom Highlight API', () => {
    expect(pageHighlights({ CSS: {} } as unknown as Window & typeof globalThis)).toBeNull();
  });
});
