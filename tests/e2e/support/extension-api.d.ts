import type { browser } from 'wxt/browser';

declare global {
  /** The extension API, for test code evaluated inside the extension (service worker, pages). */
  const chrome: typeof browser;
}
