import { cardRoutes, cardTests } from './card.support';
import { describeInBrowser } from './support/browser-session';
import { FirefoxBrowser } from './support/firefox-browser';

describeInBrowser('Firefox: hover cards', () => FirefoxBrowser.launch(cardRoutes()), cardTests);
