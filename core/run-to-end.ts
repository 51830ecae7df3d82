/** Runs stepwise work (an iterator that pauses after each step) to its end at once. */
export function runToEnd<R>(steps: Iterator<unknown, R>): R {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
