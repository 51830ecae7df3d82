import type { ShortcutsText } from '../shortcuts-text';

export const SHORTCUTS: ShortcutsText = {
  heading: 'Shortcuts',
  list: [
    { command: 'next-mention', keys: 'Alt+Shift+J', does: 'next mark, with its card' },
    { command: 'previous-mention', keys: 'Alt+Shift+K', does: 'previous mark' },
    { keys: 'Esc', does: 'close the card' },
    { command: 'analyse-selection', keys: 'Alt+Shift+Y', does: 'analyse the text you selected, on any site' },
  ],
  unset: 'not set',
  openSettings: 'Change the shortcuts',
  settingsWay: 'To change them in Firefox: Add-ons and themes → the gear menu (⚙) → Manage Extension Shortcuts.',
};
