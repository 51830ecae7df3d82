import { DEMO_PAGES } from './support/demo-pages';
import type { FixturePage } from './support/fixture-routes';
import { SITE_PAGES } from './support/site-pages';

// Shared by privacy.chromium.e2e.ts and privacy.firefox.e2e.ts.

/** Every site fixture at its real URL, and the demo pages. */
export const PRIVACY_PAGES: FixturePage[] = [...SITE_PAGES, ...DEMO_PAGES];

/** What the pages themselves load: the fixtures and what their markup asks for, and favicons. */
const pageOwn = new Set([...PRIVACY_PAGES.map((p) => p.url), ...SITE_PAGES.flatMap((p) => p.subresources)]);

/** Requests that neither a page nor its markup made: the extension's own. */
export function notThePages(urls: readonly string[]): string[] {
  return urls.filter((url) => {
    const u = new URL(url);
    u.hash = '';
    return !pageOwn.has(u.href) && u.pathname !== '/favicon.ico' && !/^(chrome|moz)-extension:|^data:|^about:/.test(url);
  });
}

// --- In the page (self-contained) ---

/** The first marked mention's text, or null when the page has none. */
export function firstMark(): string | null {
  for (const range of CSS.highlights.get('backlight-active') ?? []) return (range as Range).toString();
  return null;
}
