/** Where `entrypoints/page-ui.ts` leaves the page UI in the content script's world. */
export const PAGE_UI_GLOBAL = 'backlightPageUi';

/** The file the background injects to provide it. */
export const PAGE_UI_FILE = '/page-ui.js';
