import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SITE_MATCHES } from '../../../sites/matches';
import type { FixturePage } from './fixture-routes';

const SITES_DIR = resolve(import.meta.dirname, '../../fixtures/sites');

/** A site fixture served at the URL it names in `<link rel="canonical">`. */
export interface SitePage extends FixturePage {
  /** What the fixture's own markup asks the browser to load (images…): the page's requests, not ours. */
  subresources: string[];
}

function canonicalUrl(html: string, file: string): string {
  const url = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
  if (!url) throw new Error(`${file} names no canonical URL`);
  return url;
}

/** Hosts of the manifest's match patterns, all of the form `*://host/*`. */
const SUPPORTED_HOSTS = new Set(SITE_MATCHES.map((pattern) => new URL(pattern.replace('*://', 'https://')).hostname));

function sitePage(file: string): SitePage {
  const html = readFileSync(resolve(SITES_DIR, file), 'utf8');
  const url = canonicalUrl(html, file);
  const subresources = [...html.matchAll(/\ssrc="([^"]+)"/g)].map((m) => new URL(m[1]!, url).href);
  return { url, file: `sites/${file}`, subresources };
}

/**
 * Every site fixture whose real URL the extension runs on by default (the manifest's match
 * patterns); fixtures of forum engines on other hosts are pages the user would have to add.
 * Reddit fixtures are in running subreddits, where Backlight runs by default.
 */
export const SITE_PAGES: SitePage[] = readdirSync(SITES_DIR)
  .filter((file) => file.endsWith('.html'))
  .sort()
  .map(sitePage)
  .filter((page) => SUPPORTED_HOSTS.has(new URL(page.url).hostname));

/** Requests made neither for a page nor for what its markup loads: the extension's own. */
export function extensionRequests(unexpected: readonly string[], pages: readonly SitePage[]): string[] {
  const pageOwn = new Set(pages.flatMap((page) => page.subresources));
  return unexpected.filter((url) => !pageOwn.has(url));
}
