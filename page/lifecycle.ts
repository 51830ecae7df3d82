/**
 * Where a running copy of our content script keeps its stop function: a symbol key on the
 * content-script world's global, which the page cannot read or write (Chromium's isolated world,
 * Firefox's sandbox). A newer copy injected into the same world stops the older one through it.
 */
const RUNNING = Symbol.for('backlight.content-script');

export interface Lifecycle {
  /** Whether this copy still runs; stops it first if the extension has gone (reloaded, removed). */
  alive(): boolean;
  /** Runs `fn` once, when this copy stops. Stops run newest first. */
  onStop(fn: () => void): void;
  stop(): void;
}

/**
 * Our own lifecycle, in place of WXT's `ContentScriptContext`: that one stops the script when the
 * document hears a DOM event any page can dispatch, and announces itself to the page with the
 * extension's id. This one ends only when the extension context is really gone (`extensionAlive`
 * turns false) or a newer copy in the same world says so; it sends the page nothing.
 */
/** How often a quiet page checks that the extension is still there, in ms (nothing the page sees). */
const CHECK_MS = 1000;

export function startLifecycle(world: object, extensionAlive: () => boolean, timers: Pick<Window, 'setInterval' | 'clearInterval'>): Lifecycle {
  const previous = Object.hasOwn(world, RUNNING) ? (world as Record<symbol, unknown>)[RUNNING] : undefined;
  if (typeof previous === 'function') previous();
  const stops: (() => void)[] = [];
  let running = true;
  const stop = () => {
    if (!running) return;
    running = false;
    if ((world as Record<symbol, unknown>)[RUNNING] === stop) delete (world as Record<symbol, unknown>)[RUNNING];
    for (const fn of stops.reverse()) {
      try {
        fn();
      } catch {
        // An orphaned copy's extension APIs may throw: the rest of the teardown still runs.
      }
    }
  };
  Object.defineProperty(world, RUNNING, { value: stop, configurable: true, writable: true });
  const alive = () => {
    if (running && !extensionAlive()) stop();
    return running;
  };
  // An orphaned copy (the extension reloaded or removed) takes its marks and card away by itself.
  const check = timers.setInterval(alive, CHECK_MS);
  stops.push(() => timers.clearInterval(check));
  return {
    alive,
    onStop(fn) {
      stops.push(fn);
    },
    stop,
  };
}
