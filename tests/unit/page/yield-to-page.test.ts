import { describe, expect, it } from 'vitest';
import { forEachInSlices, Slices } from '../../../page/yield-to-page';

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
  it('yields before an item that would overrun the budget, never in the middle of one', async () => {
    const { win, log, advance } = fakeWindow();
    await forEachInSlices(win, [1, 2, 3, 4], (n) => (log.push(`item ${n}`), advance(3)), 8);
    expect(log).toEqual(['item 1', 'item 2', 'yield', 'item 3', 'item 4']);
  });

  it('expects an item to take as long as the last one did', async () => {
    const { win, log, advance } = fakeWindow();
    // 5 ms items in 8 ms slices: a second item in the same slice would end it at 10 ms.
    await forEachInSlices(win, [1, 2, 3], (n) => (log.push(`item ${n}`), advance(5)), 8);
    expect(log).toEqual(['item 1', 'yield', 'item 2', 'yield', 'item 3']);
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

describe('Slices', () => {
  it('shares one budget between the phases of a run', async () => {
    const { win, log, advance } = fakeWindow();
    const slices = new Slices(win, 8);
    slices.step(() => advance(6)); // finding the posts
    await slices.room();
    log.push('after finding');
    await slices.forEach([1, 2], (n) => (log.push(`item ${n}`), advance(1)));
    expect(log).toEqual(['yield', 'after finding', 'item 1', 'item 2']);
  });

  it('runs stepwise work in slices, yielding between its steps, and gives its result', async () => {
    const { win, log, advance } = fakeWindow();
    function* search() {
      for (const n of [1, 2, 3]) {
        log.push(`step ${n}`);
        advance(3);
        yield;
      }
      return 'found';
    }
    expect(await new Slices(win, 8).run(search())).toBe('found');
    expect(log).toEqual(['step 1', 'step 2', 'yield', 'step 3']);
  });

  it('stops stepwise work when cancelled while it yielded', async () => {
    const { win, advance } = fakeWindow();
    let steps = 0;
    function* search() {
      for (;;) {
        steps++;
        advance(10);
        yield;
      }
    }
    let cancelled = false;
    const run = new Slices(win, 8).run(search(), () => cancelled);
    cancelled = true;
    expect(await run).toBeUndefined();
    expect(steps).toBe(1);
  });
});
