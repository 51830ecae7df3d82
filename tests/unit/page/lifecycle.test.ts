import { describe, expect, it, vi } from 'vitest';
import { startLifecycle } from '../../../page/lifecycle';

const timers = () => {
  const intervals: (() => void)[] = [];
  return {
    tick: () => intervals.forEach((fn) => fn()),
    timers: {
      setInterval: ((fn: () => void) => intervals.push(fn)) as unknown as Window['setInterval'],
      clearInterval: ((id: number) => void (intervals[id - 1] = () => {})) as Window['clearInterval'],
    },
  };
};

describe('startLifecycle', () => {
  it('runs until a newer copy in the same world starts, which stops it', () => {
    const world = {};
    const { timers: t } = timers();
    const older = startLifecycle(world, () => true, t);
    const stopped = vi.fn();
    older.onStop(stopped);
    expect(older.alive()).toBe(true);
    const newer = startLifecycle(world, () => true, t);
    expect(stopped).toHaveBeenCalledOnce();
    expect(older.alive()).toBe(false);
    expect(newer.alive()).toBe(true);
  });

  it('stops by itself, on its next check, once the extension is gone', () => {
    let extension = true;
    const { tick, timers: t } = timers();
    const lifecycle = startLifecycle({}, () => extension, t);
    const stops: string[] = [];
    lifecycle.onStop(() => stops.push('marks'));
    lifecycle.onStop(() => {
      throw new Error('Extension context invalidated');
    });
    lifecycle.onStop(() => stops.push('card'));
    tick();
    expect(stops).toEqual([]);
    extension = false;
    tick();
    // Newest first, and a stop that throws does not keep the others from running.
    expect(stops).toEqual(['card', 'marks']);
    tick();
    expect(stops).toEqual(['card', 'marks']);
  });

  it('keeps its stop where only our world reaches it: a symbol key, not a name a page element could take', () => {
    const world: Record<PropertyKey, unknown> = {};
    startLifecycle(world, () => true, timers().timers);
    expect(Object.getOwnPropertyNames(world)).toEqual([]);
    expect(Object.getOwnPropertySymbols(world)).toHaveLength(1);
  });
});
