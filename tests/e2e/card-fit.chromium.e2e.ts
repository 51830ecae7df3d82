import { cardFitRoutes, cardFitTests } from './card-fit.support';
import { describeInBrowser } from './support/browser-session';
import { ChromiumBrowser } from './support/chromium-browser';

describeInBrowser('Chromium: cards that fit the window', () => ChromiumBrowser.launch(cardFitRoutes()), cardFitTests);
