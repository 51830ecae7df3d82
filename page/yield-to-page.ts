/** Gives the main thread back to the page between chunks of our work. */
export function yieldToPage(win: Window): Promise<void> {
  const scheduler = (win as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => win.setTimeout(resolve, 0));
}

/**
 * The longest our work runs before giving the page its main thread back, in ms. Well under a
 * frame: on a busy machine a task can also wait 10 ms or more for a core (V8 compiling our code
 * or collecting garbage on its own threads, other processes), and the task's wall time counts it.
 */
export const SLICE_MS = 5;

/**
 * One run of our work cut into tasks of at most `budgetMs`: every step (a loop's item, or a phase
 * such as finding the page's posts) first asks whether it still fits in the current slice, and the
 * run yields to the page when it would not. A step is expected to take as long as the last one
 * did, so a run of 5 ms steps yields after one of them, not after two (10 ms).
 *
 * `startedAt` is when the current task began: work done before (finding the page's posts, say)
 * counts against the first slice.
 */
export class Slices {
  private sliceStart: number;
  private lastStepMs = 0;

  constructor(
    private readonly win: Window,
    private readonly budgetMs = SLICE_MS,
    startedAt = win.performance.now(),
  ) {
    this.sliceStart = startedAt;
  }

  /** Whether the next step would overrun the current slice. */
  private full(): boolean {
    return this.win.performance.now() - this.sliceStart + this.lastStepMs > this.budgetMs;
  }

  /** Yields to the page if the next step would overrun the current slice. */
  async room(): Promise<void> {
    if (!this.full()) return;
    await yieldToPage(this.win);
    this.sliceStart = this.win.performance.now();
  }

  /** Runs `step` and remembers how long it took (the next step is expected to take as long). */
  step<R>(step: () => R): R {
    const start = this.win.performance.now();
    try {
      return step();
    } finally {
      this.lastStepMs = this.win.performance.now() - start;
    }
  }

  /**
   * Runs stepwise work (an iterator that pauses after each step, such as an adapter's search for
   * posts) in slices; undefined once `isCancelled()` (asked after every yield).
   */
  async run<R>(steps: Iterator<unknown, R>, isCancelled: () => boolean = () => false): Promise<R | undefined> {
    for (;;) {
      if (this.full()) await this.room();
      if (isCancelled()) return undefined;
      const next = this.step(() => steps.next());
      if (next.done) return next.value;
    }
  }

  /** Runs `work` on each item, each a step; stops early once `isCancelled()` (asked after every yield and before every item). */
  async forEach<T>(items: Iterable<T>, work: (item: T) => void, isCancelled: () => boolean = () => false): Promise<void> {
    for (const item of items) {
      // Awaited only when it yields: a microtask per item would add up over 20,000 posts.
      if (this.full()) await this.room();
      if (isCancelled()) return;
      this.step(() => work(item));
    }
  }
}

/** `work` on each item in slices of at most `budgetMs` (see `Slices`). */
export function forEachInSlices<T>(
  win: Window,
  items: Iterable<T>,
  work: (item: T) => void,
  budgetMs = SLICE_MS,
  isCancelled: () => boolean = () => false,
  startedAt = win.performance.now(),
): Promise<void> {
  return new Slices(win, budgetMs, startedAt).forEach(items, work, isCancelled);
}
