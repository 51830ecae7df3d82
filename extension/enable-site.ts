import { browser } from 'wxt/browser';
import { updateSettings } from './settings';
import { CONTENT_SCRIPT_FILES } from './user-site-scripts';
import { originPattern } from './user-sites';

/**
 * Asks for the host permission of `origin` and, if given, adds it to the user's sites. The
 * permission request must be the first thing a click handler does: Firefox refuses it after an
 * `await`. The background's settings watcher then registers the content script for later visits.
 */
export async function addUserSite(origin: string): Promise<boolean> {
  const granted = await browser.permissions.request({ origins: [originPattern(origin)] });
  if (!granted) return false;
  await updateSettings((s) => ({
    ...s,
    userSites: s.userSites.includes(origin) ? s.userSites : [...s.userSites, origin],
    disabledHosts: s.disabledHosts.filter((h) => h !== new URL(origin).hostname),
  }));
  return true;
}

/** Turns Backlight on for the tab's site and starts it in the tab now, without a reload. */
export async function enableOnTab(tabId: number, origin: string): Promise<boolean> {
  if (!(await addUserSite(origin))) return false;
  await browser.scripting.insertCSS({ target: { tabId }, files: CONTENT_SCRIPT_FILES.css });
  await browser.scripting.executeScript({ target: { tabId }, files: CONTENT_SCRIPT_FILES.js });
  return true;
}

export async function removeUserSite(origin: string): Promise<void> {
  await updateSettings((s) => ({ ...s, userSites: s.userSites.filter((o) => o !== origin) }));
  await browser.permissions.remove({ origins: [originPattern(origin)] });
}
