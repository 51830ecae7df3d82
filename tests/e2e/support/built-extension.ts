import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');

export const CHROME_BUILD = resolve(ROOT, '.output/chrome-mv3');
export const FIREFOX_BUILD = resolve(ROOT, '.output/firefox-mv2');

export function requireBuild(dir: string, command: string): string {
  if (existsSync(resolve(dir, 'manifest.json'))) return dir;
  throw new Error(`No built extension in ${dir}. Build it first: ${command}`);
}
