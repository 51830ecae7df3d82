/** Gives the main thread back to the page between chunks of our work. */
export function yieldToPage(win: Window): Promise<void> {
  const scheduler = (win as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => win.setTimeout(resolve, 0));
}

/** Work in slices of at most `budgetMs`, yielding between them, so no task of ours is long. */
export async function forEachInSlices<T>(
  win: Window,
  items: Iterable<T>,
  work: (item: T) => void,
  budgetMs = 8,
  isCancelled: () => boolean = () => false,
): Promise<void> {
  let sliceStart = win.performance.now();
  for (const item of items) {
    if (isCancelled()) return;
    work(item);
    if (win.performance.now() - sliceStart > budgetMs) {
      await yieldToPage(win);
      sliceStart = win.performance.now();
    }
  }
}
