import { browser } from 'wxt/browser';

/** Each manifest command's keys as the browser has them now (the reader may have changed them); '' when unset. */
export type CommandKeys = Record<string, string>;

export async function commandKeys(): Promise<CommandKeys> {
  const commands = await browser.commands.getAll();
  return Object.fromEntries(commands.flatMap((c) => (c.name ? [[c.name, c.shortcut ?? '']] : [])));
}

/**
 * Opens the browser's shortcut settings in a tab. Chromium lets an extension open
 * chrome://extensions/shortcuts; Firefox lets none open about:addons, so there it is undefined.
 */
export function shortcutSettingsOpener(): (() => void) | undefined {
  if (browser.runtime.getURL('').startsWith('moz-extension:')) return undefined;
  return () => void browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}
