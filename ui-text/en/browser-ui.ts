import type { BrowserUiText } from '../browser-ui-text';

export const BROWSER_UI: BrowserUiText = {
  menuTitle: 'Analyse with Backlight',
  commandDescription: 'Analyse the selected text with Backlight',
  nextMentionCommand: 'Go to the next back-pain mention and explain it',
  previousMentionCommand: 'Go to the previous back-pain mention and explain it',
};
