import { expect, it } from 'vitest';
import type { BrowserSession } from './support/browser-session';
import { expectedActiveMentions } from './support/expected-marks';
import { FixtureRoutes } from './support/fixture-routes';
import { readHighlight } from './support/page-marks';
import { extensionRequests, SITE_PAGES } from './support/site-pages';

// Shared by sites.chromium.e2e.ts and sites.firefox.e2e.ts.

export const siteRoutes = (): FixtureRoutes => new FixtureRoutes(SITE_PAGES);

/** The supported-site tests, for a session launched with `siteRoutes()`. */
export function siteTests(session: () => BrowserSession): void {
  for (const site of SITE_PAGES) {
    it(`${site.file}: marks exactly the active mentions, counts them, leaves the page's DOM alone`, async () => {
      const expected = expectedActiveMentions(site);
      const tab = await session().openTab(site.url, { init: watchPageDom });
      await expect.poll(() => tab.evaluate(readHighlight, 'backlight-active'), { timeout: 10_000 }).toEqual(expected);
      await expect
        .poll(() => tab.badge(), { timeout: 10_000, interval: 250 })
        .toBe(expected.length ? String(expected.length) : '');
      const dom = await tab.evaluate(readPageDom);
      expect(dom.changes).toEqual([]);
      expect(dom.after).toBe(dom.before);
      await tab.close();
    });
  }

  it('makes no network request of its own', () => {
    expect(extensionRequests(session().routes.unexpected(), SITE_PAGES)).toEqual([]);
  });
}

// --- In the page ---
// A guard for "the page's own DOM is never changed": installed before the page's scripts, it
// snapshots the document at DOMContentLoaded (before any content script runs) and records every
// later mutation outside our single host element. Self-contained: serialised into the page.

interface PageDomReport {
  /** The document at DOMContentLoaded and now, each without our host element. */
  before: string;
  after: string;
  /** Mutations of page-owned nodes since DOMContentLoaded. */
  changes: string[];
}

interface GuardWindow {
  backlightDomGuard?: { before: string; changes: string[] };
}

function watchPageDom(): void {
  const isOurs = (node: Node | null) => node instanceof Element && node.closest('[data-backlight-host]') !== null;
  document.addEventListener(
    'DOMContentLoaded',
    () => {
      const clone = document.documentElement.cloneNode(true) as Element;
      clone.querySelectorAll('[data-backlight-host]').forEach((host) => host.remove());
      const guard = { before: clone.outerHTML, changes: [] as string[] };
      (window as unknown as GuardWindow).backlightDomGuard = guard;
      new MutationObserver((records) => {
        for (const record of records) {
          if (isOurs(record.target)) continue;
          const nodes = [...record.addedNodes, ...record.removedNodes];
          if (record.type === 'childList' && nodes.length > 0 && nodes.every(isOurs)) continue;
          const where = record.target instanceof Element ? record.target.tagName : record.target.nodeName;
          guard.changes.push(`${record.type} ${record.attributeName ?? ''} on ${where}`);
        }
      }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    },
    { once: true, capture: true },
  );
}

function readPageDom(): PageDomReport {
  const guard = (window as unknown as GuardWindow).backlightDomGuard;
  const clone = document.documentElement.cloneNode(true) as Element;
  clone.querySelectorAll('[data-backlight-host]').forEach((host) => host.remove());
  return { before: guard?.before ?? 'no snapshot: the guard was installed too late', after: clone.outerHTML, changes: guard?.changes ?? [] };
}
