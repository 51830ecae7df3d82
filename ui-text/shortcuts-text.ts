/** The keyboard shortcuts, as the welcome page and the popup show them. */
export interface ShortcutsText {
  heading: string;
  /**
   * Each shortcut with what it does; `command` names the manifest command (wxt.config.ts) whose
   * keys the browser reports, and `keys` are its default ones (Esc is the card's own).
   */
  list: { command?: string; keys: string; does: string }[];
  /** A command the reader left without keys. */
  unset: string;
  /** Button where the extension may open the browser's shortcut settings (Chromium). */
  openSettings: string;
  /** Where to change them where no extension may open that page (Firefox). */
  settingsWay: string;
}
