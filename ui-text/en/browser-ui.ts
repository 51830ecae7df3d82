import type { BrowserUiText } from '../browser-ui-text';

export const BROWSER_UI: BrowserUiText = {
  menuTitle: 'Analyse with Backlight',
  commandDescription: 'Analyse the selected text with Backlight',
};
