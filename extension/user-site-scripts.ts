import { browser } from 'wxt/browser';
import { originPattern } from './user-sites';

/** The one run-time registration that covers every site the user added. */
export const USER_SITES_SCRIPT_ID = 'backlight-user-sites';
// The content script (`entrypoints/content-script.ts`, built as an unlisted script) and the
// default marks' CSS (`public/content-script.css`).
export const CONTENT_SCRIPT_FILES = {
  js: ['/content-script.js' as const],
  css: ['/content-script.css'],
};

/**
 * Registers the content script for the user's sites that still have their host permission, and
 * drops the registration when there are none. The background calls it on start and whenever the
 * settings change, so the registration survives browser restarts and follows the options page.
 */
export async function syncUserSiteScripts(origins: readonly string[]): Promise<string[]> {
  const granted: string[] = [];
  for (const origin of origins) {
    if (await browser.permissions.contains({ origins: [originPattern(origin)] })) granted.push(originPattern(origin));
  }
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [USER_SITES_SCRIPT_ID] });
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [USER_SITES_SCRIPT_ID] });
  if (granted.length === 0) return granted;
  await browser.scripting.registerContentScripts([
    {
      id: USER_SITES_SCRIPT_ID,
      matches: granted,
      ...CONTENT_SCRIPT_FILES,
      runAt: 'document_idle',
      // Kept across browser restarts: an MV3 service worker may not start with the browser, and
      // the reader's sites would go unscanned until something woke it.
      persistAcrossSessions: true,
    },
  ]);
  return granted;
}
