import { MAX_PAGE_KEY, pageKey } from './dismissed-mentions';

/**
 * Threads where the reader chose "Turn off on this thread": each a `pageKey` (origin, path and a
 * digest of the query), so a page's megabyte URL stores at most MAX_PAGE_KEY characters and
 * another thread of the same site still runs.
 */
export const MAX_THREADS = 500;

export function threadKey(url: string): string {
  return pageKey(url);
}

export function isThreadKey(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_PAGE_KEY;
}

/** The list with the thread at `url` added last (once), trimmed to the newest MAX_THREADS. */
export function withThread(list: readonly string[], url: string): string[] {
  const key = threadKey(url);
  return [...list.filter((k) => k !== key), key].slice(-MAX_THREADS);
}

export function withoutThread(list: readonly string[], key: string): string[] {
  return list.filter((k) => k !== key);
}
