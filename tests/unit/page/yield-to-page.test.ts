import { describe, expect, it } from 'vitest';
import { forEachInSlices } from '../../../page/yield-to-page';

/** A window whose clock the test moves, recording when work yielded to the page. */
function fakeWindow() {
  let now = 0;
  const log: string[] = [];
  const win = {
    performance: { now: () => now },
    setTimeout: (fn: () => void) => {
      log.push('yield');
      return setTimeout(fn, 0);
    },
  } as unknown as Window;
  return { win, log, advance: (ms: number) => (now += ms) };
}

describe('forEachInSlices', () => {
  it('yields once a slice has used its budget, never in the middle of an item', async () => {
    const { win, log, advance } = fakeWindow();
    await forEachInSlices(win, [1, 2, 3, 4], (n) => (log.push(`item ${n}`), advance(5)), 8);
    expect(log).toEqual(['item 1', 'item 2', 'yield', 'item 3', 'item 4']);
  });

  it('counts work done before the loop in the same task against the first slice', async () => {
    const { win, log, advance } = fakeWindow();
    const startedAt = win.performance.now();
    advance(30); // e.g. finding the posts of a huge page
    await forEachInSlices(win, [1, 2], (n) => (log.push(`item ${n}`), advance(1)), 8, () => false, startedAt);
    expect(log).toEqual(['yield', 'item 1', 'item 2']);
  });

  it('stops when cancelled while it yielded', async () => {
    const { win, log, advance } = fakeWindow();
    let cancelled = false;
    await forEachInSlices(win, [1, 2, 3], (n) => (log.push(`item ${n}`), advance(10), (cancelled = n === 1)), 8, () => cancelled);
    expect(log).toEqual(['item 1', 'yield']);
  });
});
