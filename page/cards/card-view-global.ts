/** Where `entrypoints/card-ui.ts` leaves the card view in the content script's world. */
export const CARD_VIEW_GLOBAL = 'backlightCardView';

/** The file the background injects to provide it. */
export const CARD_UI_FILE = '/card-ui.js';
