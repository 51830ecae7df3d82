import { existsSync } from 'node:fs';

/** Where the Debian packages put the browsers; override with CHROMIUM_PATH / FIREFOX_PATH. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export function requireBrowser(path: string, debianPackage: string): string {
  if (existsSync(path)) return path;
  throw new Error(
    `${path} not found. The end-to-end tests run the real browser from Debian's packages:\n` +
      `    sudo apt-get update && sudo apt-get install -y ${debianPackage}\n` +
      `(or run .ci/run, which installs both browsers), or point ${
        debianPackage === 'chromium' ? 'CHROMIUM_PATH' : 'FIREFOX_PATH'
      } at another binary.`,
  );
}
