/** How often the address is compared where the Navigation API is missing (Firefox ESR), in ms. */
const POLL_MS = 1000;

interface NavigationLike {
  addEventListener(type: 'navigate', fn: () => void, options: { signal: AbortSignal }): void;
}

/**
 * Calls `onChange` after a single-page app moves to another URL (pushState, replaceState, back),
 * without any event of ours reaching the page. Returns the stop.
 */
export function watchLocation(win: Window & typeof globalThis, onChange: () => void): () => void {
  let last = win.location.href;
  const check = () => {
    if (win.location.href === last) return;
    last = win.location.href;
    onChange();
  };
  const navigation = (win as { navigation?: unknown }).navigation as NavigationLike | undefined;
  if (typeof navigation?.addEventListener === 'function') {
    const done = new AbortController();
    // `navigate` fires before the address changes: compare once the navigation has committed.
    navigation.addEventListener('navigate', () => void win.setTimeout(check, 0), { signal: done.signal });
    return () => done.abort();
  }
  const timer = win.setInterval(check, POLL_MS);
  return () => win.clearInterval(timer);
}
