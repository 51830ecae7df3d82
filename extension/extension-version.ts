import { browser } from 'wxt/browser';

/** The running extension's version, for reports; 'unknown' once the extension context is gone. */
export function extensionVersion(): string {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    return 'unknown';
  }
}
