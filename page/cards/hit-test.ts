/** Plain rectangle in viewport coordinates (a DOMRect fits). */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Targeted<T> {
  target: T;
  rects: readonly Box[];
}

/** Pixels of tolerance around a line box, so the pointer between words or lines still counts. */
const SLOP = 2;

/** The first target whose rects contain the point, or null. */
export function hitTest<T>(entries: readonly Targeted<T>[], x: number, y: number): T | null {
  for (const { target, rects } of entries) {
    for (const r of rects) {
      if (x >= r.left - SLOP && x <= r.right + SLOP && y >= r.top - SLOP && y <= r.bottom + SLOP) return target;
    }
  }
  return null;
}

/** Whether a box is within `margin` px of a viewport of the given size. */
export function nearViewport(box: Box, width: number, height: number, margin: number): boolean {
  return box.bottom >= -margin && box.top <= height + margin && box.right >= -margin && box.left <= width + margin;
}

export function containsPoint(box: Box, x: number, y: number): boolean {
  return x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
}
