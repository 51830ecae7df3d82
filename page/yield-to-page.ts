/** Gives the main thread back to the page between chunks of our work. */
export function yieldToPage(win: Window): Promise<void> {
  const scheduler = (win as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => win.setTimeout(resolve, 0));
}

/**
 * Work in slices of at most `budgetMs`, yielding between them, so no task of ours is long.
 * `startedAt` is when the current task began: work done before the loop (finding the page's
 * posts, say) counts against the first slice, so it never shares a task with a full slice.
 */
export async function forEachInSlices<T>(
  win: Window,
  items: Iterable<T>,
  work: (item: T) => void,
  budgetMs = 8,
  isCancelled: () => boolean = () => false,
  startedAt = win.performance.now(),
): Promise<void> {
  let sliceStart = startedAt;
  for (const item of items) {
    if (win.performance.now() - sliceStart > budgetMs) {
      await yieldToPage(win);
      sliceStart = win.performance.now();
    }
    if (isCancelled()) return;
    work(item);
  }
}
