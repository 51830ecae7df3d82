import { describe, expect, it } from 'vitest';
import { pageHighlights } from '../../../page/highlights';

interface Bounds {
  startContainer: unknown;
  startOffset: number;
  endContainer: unknown;
  endOffset: number;
}

/** The parts of a window the registry uses: `CSS.highlights`, `Highlight` (set-like) and `StaticRange`. */
function fakeWindow() {
  const highlights = new Map<string, Set<Bounds>>();
  class FakeStaticRange implements Bounds {
    readonly startContainer: unknown;
    readonly startOffset: number;
    readonly endContainer: unknown;
    readonly endOffset: number;
    constructor(init: Bounds) {
      ({ startContainer: this.startContainer, startOffset: this.startOffset, endContainer: this.endContainer, endOffset: this.endOffset } = init);
    }
  }
  const win = { CSS: { highlights }, Highlight: class extends Set<unknown> {}, StaticRange: FakeStaticRange };
  return { highlights, win: win as unknown as Window & typeof globalThis, FakeStaticRange };
}

const node = {};
const range = (start: number, end: number) => ({ startContainer: node, startOffset: start, endContainer: node, endOffset: end }) as unknown as Range;

describe('pageHighlights', () => {
  it('registers a frozen copy of every range under the name, never our own live range, and clears it', () => {
    const { highlights, win, FakeStaticRange } = fakeWindow();
    const registry = pageHighlights(win)!;
    const ranges = [range(0, 4), range(5, 9), range(10, 12)];
    registry.set('backlight-active', ranges);
    const registered = [...highlights.get('backlight-active')!];
    expect(registered.map((r) => [r.startOffset, r.endOffset])).toEqual([[0, 4], [5, 9], [10, 12]]);
    for (const [i, copy] of registered.entries()) {
      expect(copy).toBeInstanceOf(FakeStaticRange);
      expect(copy).not.toBe(ranges[i]);
    }
    registry.clear('backlight-active');
    expect(highlights.has('backlight-active')).toBe(false);
  });

  it('registers nothing for no ranges, and takes away what it had', () => {
    const { highlights, win } = fakeWindow();
    const registry = pageHighlights(win)!;
    registry.set('backlight-active', []);
    expect(highlights.size).toBe(0);
    registry.set('backlight-active', [range(0, 1)]);
    registry.set('backlight-active', []);
    expect(highlights.size).toBe(0);
  });

  it('leaves a highlight it did not register (a newer copy of the script’s) in place', () => {
    const { highlights, win } = fakeWindow();
    const older = pageHighlights(win)!;
    const newer = pageHighlights(win)!;
    older.set('backlight-active', [range(0, 1)]);
    newer.set('backlight-active', [range(2, 3)]);
    older.clear('backlight-active');
    expect([...highlights.get('backlight-active')!].map((r) => r.startOffset)).toEqual([2]);
  });

  it('registers more ranges than a call can take as arguments', () => {
    const { highlights, win } = fakeWindow();
    const ranges = Array.from({ length: 500_000 }, () => range(0, 1));
    pageHighlights(win)!.set('backlight-active', ranges);
    expect(highlights.get('backlight-active')!.size).toBe(500_000);
  });

  it('is null where the browser has no Custom Highlight API', () => {
    expect(pageHighlights({ CSS: {} } as unknown as Window & typeof globalThis)).toBeNull();
  });
});
