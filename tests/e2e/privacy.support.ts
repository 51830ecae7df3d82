import { expect, it } from 'vitest';
import { pointAtMention, readCard } from './card.support';
import type { BrowserSession } from './support/browser-session';
import { DEMO_PAGES } from './support/demo-pages';
import { FixtureRoutes, type FixturePage } from './support/fixture-routes';
import { SITE_PAGES } from './support/site-pages';

// Shared by privacy.chromium.e2e.ts and privacy.firefox.e2e.ts.

/** Every site fixture at its real URL, and the demo pages. */
const PRIVACY_PAGES: FixturePage[] = [...SITE_PAGES, ...DEMO_PAGES];

export const privacyRoutes = (): FixtureRoutes => new FixtureRoutes(PRIVACY_PAGES);

/**
 * A test per page, for a session launched with `privacyRoutes()`: marks, a card and the popup.
 * Each browser's file then checks, in a test of its own, that none of them made a request.
 */
export function privacyPageTests(session: () => BrowserSession): void {
  for (const fixture of PRIVACY_PAGES) {
    it(`${fixture.url}: marks, a card and the popup, without a request`, async () => {
      const tab = await session().openTab(fixture.url);
      await expect.poll(() => tab.badge(), { timeout: 10_000, interval: 250 }).not.toBe('');
      const mark = await tab.evaluate(firstMark);
      if (mark && (await pointAtMention(tab, mark))) {
        await expect.poll(() => readCard(tab), { timeout: 5000 }).not.toBeNull();
      }
      const popup = await tab.openPopup();
      await popup.waitForSelector('.summary');
      await popup.close();
      await tab.close();
    });
  }
}

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
function firstMark(): string | null {
  for (const mark of CSS.highlights.get('backlight-active') ?? []) {
    const range = document.createRange();
    range.setStart(mark.startContainer, mark.startOffset);
    range.setEnd(mark.endContainer, mark.endOffset);
    return range.toString();
  }
  return null;
}
