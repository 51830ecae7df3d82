import { describe, expect, it } from 'vitest';
import { hitTest, nearViewport } from '../../../page/cards/hit-test';
import { MentionRects } from '../../../page/cards/mention-rects';

const box = (left: number, top: number, right: number, bottom: number) => ({ left, top, right, bottom });

describe('hitTest', () => {
  const entries = [
    { target: 'one-line', rects: [box(10, 10, 60, 30)] },
    // A mention wrapped over two lines: the end of one line and the start of the next.
    { target: 'two-lines', rects: [box(300, 40, 400, 60), box(0, 60, 50, 80)] },
  ];

  it('finds the mention under the point, on any of its lines', () => {
    expect(hitTest(entries, 20, 20)).toBe('one-line');
    expect(hitTest(entries, 350, 50)).toBe('two-lines');
    expect(hitTest(entries, 25, 70)).toBe('two-lines');
  });

  it('allows a couple of pixels of slop, and no more', () => {
    expect(hitTest(entries, 61, 31)).toBe('one-line');
    expect(hitTest(entries, 64, 20)).toBeNull();
  });

  it('misses the gap a wrapped mention does not cover', () => {
    expect(hitTest(entries, 150, 50)).toBeNull();
  });
});

describe('nearViewport', () => {
  it('keeps boxes within the margin of the viewport', () => {
    expect(nearViewport(box(0, 1000, 10, 1010), 800, 600, 200)).toBe(false);
    expect(nearViewport(box(0, 750, 10, 760), 800, 600, 200)).toBe(true);
    expect(nearViewport(box(0, -300, 10, -250), 800, 600, 200)).toBe(false);
  });
});

describe('MentionRects', () => {
  function fakeRange(rect: ReturnType<typeof box>) {
    const calls = { client: 0 };
    const range = {
      getBoundingClientRect: () => rect,
      getClientRects: () => {
        calls.client++;
        return [rect];
      },
    } as unknown as Range;
    return { range, calls };
  }
  const win = { innerWidth: 800, innerHeight: 600 } as Window;

  it('measures once until invalidated, and only mentions near the viewport', () => {
    const near = { id: 'near', ...fakeRange(box(10, 10, 50, 30)) };
    const far = { id: 'far', ...fakeRange(box(10, 5000, 50, 5020)) };
    const rects = new MentionRects(win, () => [near, far]);
    expect(rects.at(20, 20)?.id).toBe('near');
    expect(rects.at(20, 25)?.id).toBe('near');
    expect(near.calls.client).toBe(1);
    expect(far.calls.client).toBe(0);
    rects.invalidate();
    rects.at(0, 0);
    expect(near.calls.client).toBe(2);
  });
});
