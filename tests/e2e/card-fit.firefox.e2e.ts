import { cardFitRoutes, cardFitTests } from './card-fit.support';
import { describeInBrowser } from './support/browser-session';
import { FirefoxBrowser } from './support/firefox-browser';

describeInBrowser('Firefox: cards that fit the window', () => FirefoxBrowser.launch(cardFitRoutes()), cardFitTests);
