import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HoverIntent } from '../../../page/cards/hover-intent';

let shown: string[];
let hidden: number;
let intent: HoverIntent<string>;

beforeEach(() => {
  vi.useFakeTimers();
  shown = [];
  hidden = 0;
  intent = new HoverIntent<string>({
    timers: { setTimeout: (fn, ms) => setTimeout(fn, ms) as unknown as number, clearTimeout: (id) => clearTimeout(id) },
    delayMs: () => 500,
    graceMs: 300,
    show: (t) => shown.push(t),
    hide: () => hidden++,
  });
});
afterEach(() => vi.useRealTimers());

describe('HoverIntent', () => {
  it('opens only after the pointer rests on a mention for the delay', () => {
    intent.pointerOnMention('a');
    vi.advanceTimersByTime(499);
    expect(shown).toEqual([]);
    intent.pointerOnMention('a');
    vi.advanceTimersByTime(1);
    expect(shown).toEqual(['a']);
    expect(intent.current).toBe('a');
  });

  it('does not open when the pointer merely passes over', () => {
    intent.pointerOnMention('a');
    vi.advanceTimersByTime(200);
    intent.pointerElsewhere();
    vi.advanceTimersByTime(1000);
    expect(shown).toEqual([]);
    expect(hidden).toBe(0);
  });

  it('gives a grace period to reach the card, and stays open while the pointer is on it', () => {
    intent.pointerOnMention('a');
    vi.advanceTimersByTime(500);
    intent.pointerElsewhere();
    vi.advanceTimersByTime(250);
    intent.pointerOnCard();
    vi.advanceTimersByTime(5000);
    expect(hidden).toBe(0);
    intent.pointerElsewhere();
    vi.advanceTimersByTime(299);
    expect(hidden).toBe(0);
    vi.advanceTimersByTime(1);
    expect(hidden).toBe(1);
    expect(intent.current).toBeNull();
  });

  it('keeps the card when the pointer comes back to its mention within the grace period', () => {
    intent.pointerOnMention('a');
    vi.advanceTimersByTime(500);
    intent.pointerElsewhere();
    vi.advanceTimersByTime(200);
    intent.pointerOnMention('a');
    vi.advanceTimersByTime(1000);
    expect(hidden).toBe(0);
    expect(shown).toEqual(['a']);
  });

  it('switches to another mention after the delay, one card at a time', () => {
    intent.pointerOnMention('a');
    vi.advanceTimersByTime(500);
    intent.pointerOnMention('b');
    vi.advanceTimersByTime(499);
    expect(intent.current).toBe('a');
    vi.advanceTimersByTime(1);
    expect(shown).toEqual(['a', 'b']);
    expect(intent.current).toBe('b');
  });

  it('opens at once from the keyboard, and closes on request', () => {
    intent.openNow('c');
    expect(shown).toEqual(['c']);
    intent.close();
    expect(hidden).toBe(1);
    intent.close();
    expect(hidden).toBe(1);
  });

  it('reads the delay setting each time', () => {
    let delay = 500;
    const quick = new HoverIntent<string>({
      timers: { setTimeout: (fn, ms) => setTimeout(fn, ms) as unknown as number, clearTimeout: (id) => clearTimeout(id) },
      delayMs: () => delay,
      graceMs: 300,
      show: (t) => shown.push(t),
      hide: () => {},
    });
    delay = 100;
    quick.pointerOnMention('a');
    vi.advanceTimersByTime(100);
    expect(shown).toEqual(['a']);
  });
});
